#include "serve/db_pool.h"

#include <sqlite3.h>

namespace dyad::serve {
namespace {

// Called by SQLite every few thousand virtual-machine steps; a non-zero return interrupts the
// query with SQLITE_INTERRUPT.
int CheckDeadline(void* arg) {
  auto* c = static_cast<ConnectionPool::Connection*>(arg);
  if (!*c->cancelled && std::chrono::steady_clock::now() < c->deadline) return 0;
  c->interrupted = true;
  return 1;
}

}  // namespace

Status ConnectionPool::Open(const std::string& path, int size,
                            std::unique_ptr<ConnectionPool>* out) {
  std::unique_ptr<ConnectionPool> pool(new ConnectionPool);
  for (int i = 0; i < size; ++i) {
    sqlite3* db = nullptr;
    int rc =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      Status s = Status::IOError(path + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
      sqlite3_close(db);
      return s;
    }
    auto c = std::make_unique<Connection>();
    c->db = db;
    c->cancelled = &pool->cancelled_;
    pool->all_.push_back(std::move(c));
    // A writer (`dyad code --out`) may be committing to the same store: wait for it briefly
    // instead of failing the request.
    sqlite3_busy_timeout(db, 2000);
    sqlite3_exec(db, "PRAGMA query_only=1", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    rc = sqlite3_prepare_v2(db, "SELECT id, doc_id, date FROM events LIMIT 0", -1, &st, nullptr);
    sqlite3_finalize(st);
    if (rc != SQLITE_OK) return Status::InvalidArgument(path + ": not a dyad database");
    sqlite3_progress_handler(db, 4000, CheckDeadline, pool->all_.back().get());
    pool->free_.push_back(pool->all_.back().get());
  }
  *out = std::move(pool);
  return Status::OK();
}

ConnectionPool::~ConnectionPool() {
  for (auto& c : all_) sqlite3_close(c->db);
}

std::unique_ptr<ConnectionPool::Lease> ConnectionPool::Acquire(int time_limit_ms) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return !free_.empty(); });
  Connection* c = free_.back();
  free_.pop_back();
  lock.unlock();
  c->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(time_limit_ms);
  c->interrupted = false;
  return std::make_unique<Lease>(this, c);
}

void ConnectionPool::Release(Connection* c) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(c);
  }
  cv_.notify_one();
}

}  // namespace dyad::serve
