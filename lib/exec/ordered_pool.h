// Work done on several threads and used in its order: `produce(i)` for each
// i in [0, count) runs on a pool of workers, and `consume(i, result)` gets the
// results one by one on the calling thread, in index order — so findings
// print file by file and rows are merged in the order the files were given,
// whatever finished first.
//
// The workers run at most `window` items ahead of the consumer: what is held
// at once stays bounded however many items there are. An exception thrown by
// `produce` or `consume` stops the workers and is rethrown to the caller.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace rmt::exec {

template <class T, class Produce, class Consume>
void run_in_order(std::size_t count, unsigned threads, std::size_t window, Produce produce, Consume consume) {
  if (threads <= 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  if (window == 0) window = 1;
  std::vector<std::optional<T>> done(count);
  std::mutex mutex;
  std::condition_variable ready, room;
  std::size_t next = 0, consumed = 0;
  bool stop = false;
  std::exception_ptr failure;
  const auto work = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      room.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
      if (stop || next >= count) return;
      const std::size_t index = next++;
      lock.unlock();
      std::optional<T> value;
      try {
        value.emplace(produce(index));
      } catch (...) {
        lock.lock();
        if (!failure) failure = std::current_exception();
        stop = true;
        ready.notify_all();
        room.notify_all();
        return;
      }
      lock.lock();
      done[index] = std::move(value);
      ready.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < std::min<std::size_t>(threads, count); ++i) workers.emplace_back(work);
  const auto stop_workers = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    room.notify_all();
    for (auto& worker : workers) worker.join();
  };
  try {
    for (std::size_t index = 0; index < count; ++index) {
      std::optional<T> value;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return done[index].has_value() || failure; });
        if (failure) std::rethrow_exception(failure);
        value = std::move(done[index]);
        done[index].reset();
      }
      consume(index, std::move(*value));
      {
        std::lock_guard lock(mutex);
        consumed = index + 1;
      }
      room.notify_all();
    }
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
}

}  // namespace rmt::exec
