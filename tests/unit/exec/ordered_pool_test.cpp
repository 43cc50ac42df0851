#include "exec/ordered_pool.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

using namespace rmt;

TEST_CASE("results are used in index order whatever finished first, on the calling thread") {
  for (const unsigned threads : {1u, 2u, 8u}) {
    CAPTURE(threads);
    const auto caller = std::this_thread::get_id();
    std::vector<std::size_t> order;
    bool on_caller = true;
    exec::run_in_order<std::string>(
        200, threads, 16,
        [](std::size_t i) {
          // Early items take longest, so later ones finish first.
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200 - i));
          return std::to_string(i * i);
        },
        [&](std::size_t i, std::string value) {
          on_caller = on_caller && std::this_thread::get_id() == caller;
          CHECK(value == std::to_string(i * i));
          order.push_back(i);
        });
    REQUIRE(order.size() == 200);
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
    CHECK(on_caller);
  }
}

TEST_CASE("the workers run at most `window` items ahead of the consumer") {
  std::atomic<std::size_t> produced{0};
  std::size_t consumed = 0, most_ahead = 0;
  exec::run_in_order<int>(
      500, 4, 8,
      [&](std::size_t) {
        ++produced;
        return 1;
      },
      [&](std::size_t, int) {
        ++consumed;
        // Produced but not yet consumed, this one included.
        most_ahead = std::max(most_ahead, produced.load() - (consumed - 1));
        std::this_thread::sleep_for(std::chrono::microseconds(20));
      });
  CHECK(consumed == 500);
  CHECK(most_ahead <= 8 + 4);  // the window, plus an item each worker has taken and not yet handed in
}

TEST_CASE("an exception from a worker or from the consumer stops the pool and reaches the caller") {
  std::vector<std::size_t> seen;
  CHECK_THROWS_WITH_AS(exec::run_in_order<int>(
                           100, 4, 8,
                           [](std::size_t i) {
                             if (i == 37) throw std::runtime_error("item 37");
                             return static_cast<int>(i);
                           },
                           [&](std::size_t i, int) { seen.push_back(i); }),
                       "item 37", std::runtime_error);
  CHECK(seen.size() <= 37);  // nothing after the failed item is used
  CHECK_THROWS_AS(exec::run_in_order<int>(
                      100, 4, 8, [](std::size_t i) { return static_cast<int>(i); },
                      [](std::size_t i, int) {
                        if (i == 5) throw std::logic_error("consumer");
                      }),
                  std::logic_error);
}
