// `dyad serve --db X.db [--port N] [--host 127.0.0.1]`: a read-only HTTP API and web dashboard
// over an event store (doc/api.md).
#ifndef DYAD_SERVE_SERVE_COMMAND_H_
#define DYAD_SERVE_SERVE_COMMAND_H_

#include <string>

namespace dyad::serve {

struct ServeArgs {
  std::string db;                  // the SQLite store written by `dyad code --out X.db`
  std::string host = "127.0.0.1";  // loopback unless asked: the API has no authentication
  int port = 8080;                 // 0: any free port (printed on standard error)
  int threads = 8;                 // HTTP workers, each with a read-only database connection
  int max_rows = 500;              // the largest page of events
  int query_time_ms = 2000;        // time limit of each request's queries
};

// Serves until SIGINT or SIGTERM. Prints "dyad serve: listening on http://HOST:PORT/" on
// standard error once the socket is bound. Exit status: 0 after a signal, 2 when the store
// cannot be opened or the address cannot be bound.
int RunServe(const ServeArgs& args);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SERVE_COMMAND_H_
