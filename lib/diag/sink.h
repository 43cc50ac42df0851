// Where checks send their findings.
//
// Readers and checks take a DiagnosticSink& and keep going after a finding, so
// one run shows every problem. DiagnosticList is the usual sink: it keeps the
// findings in arrival order and counts them by severity.
#pragma once

#include <cstddef>
#include <vector>

#include "diag/diagnostic.h"

namespace rmt::diag {

class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(Diagnostic diagnostic) = 0;
  /// Notes are dropped unless a sink keeps them.
  virtual void note(Note) {}
};

class DiagnosticList final : public DiagnosticSink {
 public:
  void report(Diagnostic diagnostic) override {
    if (diagnostic.severity == Severity::error)
      ++errors_;
    else
      ++warnings_;
    items_.push_back(std::move(diagnostic));
  }
  void note(Note note) override { notes_.push_back(std::move(note)); }

  const std::vector<Diagnostic>& items() const { return items_; }
  const std::vector<Note>& notes() const { return notes_; }
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }

 private:
  std::vector<Diagnostic> items_;
  std::vector<Note> notes_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

/// Passes findings on to another sink, counting the errors, so that a reader
/// can tell whether a unit (a row, a file) had any.
class CountingSink final : public DiagnosticSink {
 public:
  explicit CountingSink(DiagnosticSink& next) : next_(next) {}
  void report(Diagnostic diagnostic) override {
    errors_ += diagnostic.severity == Severity::error;
    next_.report(std::move(diagnostic));
  }
  void note(Note note) override { next_.note(std::move(note)); }
  std::size_t errors() const { return errors_; }

 private:
  DiagnosticSink& next_;
  std::size_t errors_ = 0;
};

}  // namespace rmt::diag
