#include "serve/server.h"

#include <httplib.h>

#include <chrono>

#include "serve/assets.h"

namespace dyad::serve {
namespace {

void SetJson(httplib::Response& res, const ApiResponse& api) {
  res.status = api.status;
  res.set_content(api.body, "application/json; charset=utf-8");
}

}  // namespace

Status Server::Open(const ServerOptions& options, std::unique_ptr<Server>* out) {
  std::unique_ptr<Server> s(new Server);
  s->options_ = options;
  if (options.threads < 1) return Status::InvalidArgument("threads must be at least 1");
  Status st = ConnectionPool::Open(options.db, options.threads, &s->pool_);
  if (!st.ok()) return st;
  s->api_ = std::make_unique<Api>(s->pool_.get(), options.api);
  s->http_ = std::make_unique<httplib::Server>();
  s->Routes();
  *out = std::move(s);
  return Status::OK();
}

Server::~Server() { Stop(); }

void Server::Routes() {
  httplib::Server& h = *http_;
  const int threads = options_.threads;
  h.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  h.set_payload_max_length(options_.max_body_bytes);
  h.set_read_timeout(options_.io_timeout_seconds, 0);
  h.set_write_timeout(options_.io_timeout_seconds, 0);
  h.set_keep_alive_timeout(5);
  // Replies are written in a few pieces: without this, Nagle's algorithm meets the client's
  // delayed ACK and each keep-alive request waits 40 ms.
  h.set_tcp_nodelay(true);
  // Pages may load only what the binary serves: no script or style from elsewhere, no framing.
  h.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                         {"Content-Security-Policy",
                          "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"},
                         {"Referrer-Policy", "no-referrer"}});

  h.Get(R"(/api/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    SetJson(res, api_->Handle(req.matches[1], params));
    res.set_header("Cache-Control", "no-store");
  });
  h.Get(R"(/(|[A-Za-z0-9_.-]+))", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* a = FindAsset(req.path == "/" ? "/index.html" : req.path);
    if (!a) {
      SetJson(res, Api::Error(404, "no such page: " + req.path));
      return;
    }
    res.set_content(a->body.data(), a->body.size(), a->content_type);
  });
  // The API only reads.
  auto refuse = [](const httplib::Request& req, httplib::Response& res) {
    SetJson(res, Api::Error(405, req.method + " is not allowed: the API is read-only"));
    res.set_header("Allow", "GET, HEAD");
  };
  h.Post(".*", refuse);
  h.Put(".*", refuse);
  h.Delete(".*", refuse);
  h.Patch(".*", refuse);
  h.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler's own JSON error
    std::string message = res.status == 404   ? "no such path: " + req.path
                          : res.status == 413 ? "request body too large"
                                              : "bad request";
    SetJson(res, Api::Error(res.status, message));
  });
  h.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        SetJson(res, Api::Error(500, what));
      });
}

Status Server::Start(const std::string& host, int port) {
  if (thread_.joinable()) return Status::InvalidArgument("server already started");
  if (port == 0) {
    port_ = http_->bind_to_any_port(host);
    if (port_ < 0) port_ = 0;
  } else {
    port_ = http_->bind_to_port(host, port) ? port : 0;
  }
  if (port_ == 0) {
    return Status::IOError("cannot listen on " + host + ":" + std::to_string(port));
  }
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // stop() is a no-op until the accept loop runs: wait for it, so Stop() right after Start()
  // cannot leave the thread listening forever.
  while (!http_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (options_.warm) warm_ = std::thread([this] { api_->Warm(); });
  return Status::OK();
}

void Server::Wait() {
  if (thread_.joinable()) thread_.join();
}

void Server::Stop() {
  if (!thread_.joinable()) return;
  // A summary being warmed may have minutes of budget left: interrupt it.
  pool_->Cancel();
  if (warm_.joinable()) warm_.join();
  http_->stop();
  thread_.join();
}

}  // namespace dyad::serve
