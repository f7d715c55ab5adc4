// Server: `dyad serve`'s HTTP front: the JSON API (serve/api.h, doc/api.md) under /api/ and the
// dashboard's pages, embedded in the binary (serve/assets.h), over a read-only event store.
#ifndef DYAD_SERVE_SERVER_H_
#define DYAD_SERVE_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <thread>

#include "dyad/status.h"
#include "serve/api.h"

namespace httplib {
class Server;
}

namespace dyad::serve {

struct ServerOptions {
  std::string db;                // the SQLite store written by `dyad code --out X.db`
  int threads = 8;               // HTTP workers, each with a database connection
  size_t max_body_bytes = 4096;  // the API takes no body: anything larger is refused (413)
  int io_timeout_seconds = 10;   // a client that stalls a read or write is dropped
  ApiOptions api;
  bool warm = true;  // compute the overview's summaries at start
};

class Server {
 public:
  // Opens the store read-only; fails when it is not a dyad store.
  static Status Open(const ServerOptions& options, std::unique_ptr<Server>* out);
  ~Server();

  // Binds host:port (port 0: a free port, then see port()) and serves on a background thread
  // until Stop(); meanwhile a second thread warms the overview's summaries (Api::Warm). For
  // tests and for RunServe.
  Status Start(const std::string& host, int port);
  int port() const { return port_; }
  // Blocks until the server stops (Stop() from another thread or a signal handler).
  void Wait();
  void Stop();

  Api* api() { return api_.get(); }

 private:
  Server() = default;
  void Routes();

  ServerOptions options_;
  std::unique_ptr<ConnectionPool> pool_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<httplib::Server> http_;
  std::thread thread_;
  std::thread warm_;  // computes the overview's summaries after Start
  int port_ = 0;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SERVER_H_
