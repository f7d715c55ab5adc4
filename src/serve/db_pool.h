// ConnectionPool: read-only SQLite connections to the event store, shared by the server's
// worker threads. A connection is leased to one request at a time, so each can run without
// SQLite's own locking (SQLITE_OPEN_NOMUTEX) and carry its own query deadline, which a progress
// handler enforces: a query past it is interrupted rather than holding a worker.
#ifndef DYAD_SERVE_DB_POOL_H_
#define DYAD_SERVE_DB_POOL_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/status.h"

struct sqlite3;

namespace dyad::serve {

class ConnectionPool {
 public:
  struct Connection {
    sqlite3* db = nullptr;
    std::chrono::steady_clock::time_point deadline;
    bool interrupted = false;                      // the last query ran past the deadline
    const std::atomic<bool>* cancelled = nullptr;  // the pool's: set when the server stops
  };

  // A connection on loan; returned to the pool when destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, Connection* c) : pool_(pool), c_(c) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_->Release(c_); }
    sqlite3* db() const { return c_->db; }
    bool interrupted() const { return c_->interrupted; }
    // A longer (or shorter) budget for this lease's queries, from now.
    void SetTimeLimit(int ms) {
      c_->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    }

   private:
    ConnectionPool* pool_;
    Connection* c_;
  };

  // Opens `size` read-only connections to `path`, checking that it is a dyad store.
  static Status Open(const std::string& path, int size, std::unique_ptr<ConnectionPool>* out);
  ~ConnectionPool();

  // Waits for a free connection; its queries may run for `time_limit_ms` from now.
  std::unique_ptr<Lease> Acquire(int time_limit_ms);

  // Interrupts every running and future query: for shutting down while a long summary is
  // being computed.
  void Cancel() { cancelled_ = true; }

 private:
  ConnectionPool() = default;
  void Release(Connection* c);

  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> all_;
  std::vector<Connection*> free_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_DB_POOL_H_
