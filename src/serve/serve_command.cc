#include "serve/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>

#include "serve/server.h"

namespace dyad::serve {

int RunServe(const ServeArgs& args) {
  ServerOptions options;
  options.db = args.db;
  options.threads = args.threads;
  options.api.max_rows = args.max_rows;
  options.api.query_time_ms = args.query_time_ms;
  std::unique_ptr<Server> server;
  Status s = Server::Open(options, &server);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
    return 2;
  }
  // Signals are taken by sigwait below, not by a handler: block them before the server's
  // threads start, so they inherit the mask and the signal reaches this thread.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  s = server->Start(args.host, args.port);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
    return 2;
  }
  std::fprintf(stderr, "dyad serve: %s, search %s, listening on http://%s:%d/\n", args.db.c_str(),
               server->api()->has_search_index() ? "fts5" : "like (no index)", args.host.c_str(),
               server->port());
  std::fflush(stderr);
  int sig = 0;
  sigwait(&signals, &sig);
  server->Stop();
  return 0;
}

}  // namespace dyad::serve
