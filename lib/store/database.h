// A thin, exception-free handle on one SQLite database (lib/store): open with
// the store's settings, run statements with bound values, step through rows,
// and transactions that are committed or rolled back as a whole. Every
// failure keeps SQLite's own reason, in English, for the store to word.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rmt::store {

class Statement;

class Database {
 public:
  Database() = default;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;

  /// Opens (`create`: creates) the file at `path` (":memory:" for a store in
  /// memory): WAL journal, foreign keys on, synchronous FULL, and a busy
  /// timeout so that a second writer waits instead of failing. False on
  /// failure; error() says why.
  bool open(const std::string& path, bool create);
  bool is_open() const { return db_ != nullptr; }
  void close();

  /// Runs statements that return no rows. False on failure.
  bool exec(std::string_view sql);
  /// Prepares one statement; an empty (invalid) one on failure.
  Statement prepare(std::string_view sql);

  /// BEGIN IMMEDIATE (the write lock taken at once, waiting for a busy
  /// store), COMMIT, ROLLBACK.
  bool begin();
  bool commit();
  void rollback();

  std::int64_t last_insert_id() const;
  /// SQLite's reason for the last failure, and its result code.
  const std::string& error() const { return error_; }
  int error_code() const { return error_code_; }
  /// The last failure was a full disk (SQLITE_FULL, or a write or sync that failed).
  bool failed_for_space() const;

  sqlite3* handle() const { return db_; }
  void record_failure();  // keeps sqlite3_errmsg and the extended code

 private:
  sqlite3* db_ = nullptr;
  std::string error_;
  int error_code_ = 0;
};

/// One prepared statement. bind() counts from 1; step() is true while there is
/// a row; done() is true when a statement that returns no rows ran.
class Statement {
 public:
  Statement() = default;
  Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;

  bool valid() const { return stmt_ != nullptr; }

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::string_view bytes);
  /// Binds without a copy: `bytes` must stay as they are until the statement is reset.
  Statement& bind_static_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  Statement& bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  /// Advances to the next row: true while there is one. A failure ends the
  /// rows; failed() then says so.
  bool step();
  /// Runs a statement that returns no rows; false on failure.
  bool run();
  bool failed() const { return failed_; }
  void reset();

  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;
  bool is_null(int column) const;

 private:
  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool failed_ = false;
};

}  // namespace rmt::store
