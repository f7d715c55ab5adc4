#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <thread>

#include "analysis/changepoint.h"
#include "analysis/series.h"
#include "serve/search_index.h"
#include "store/sqlite_store.h"

namespace dyad::serve {
namespace {

namespace fs = std::filesystem;
using std::chrono::sys_days;

std::string Day(sys_days d) {
  std::chrono::year_month_day ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

struct Sentence {
  std::string source_code, source_text, verb, target_code, target_text, rest;
  std::string cameo;
  int quad;
  double goldstein;
};

// A document of `sentences`, each "SOURCE VERB TARGET REST", with the offsets the coder would
// give (bytes into the article text).
CodedDocument MakeDoc(const std::string& id, const std::string& date,
                      const std::vector<Sentence>& sentences) {
  CodedDocument d;
  d.id = id;
  d.doc_date = date;
  d.article.title = "Title of " + id;
  d.article.url = "https://example.org/" + id;
  d.article.date = date;
  d.num_sentences = static_cast<int>(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (i) d.article.text += ' ';
    const uint32_t start = static_cast<uint32_t>(d.article.text.size());
    std::string text = s.source_text + " " + s.verb + " " + s.target_text + s.rest;
    d.article.text += text;
    Event e;
    e.doc_id = id;
    e.sentence_index = static_cast<int>(i);
    e.date = date;
    e.date_precision = "day";
    e.doc_date = date;
    e.source = {s.source_code, s.source_text, start,
                start + static_cast<uint32_t>(s.source_text.size())};
    e.verb_begin = e.source.end + 1;
    e.verb_end = e.verb_begin + static_cast<uint32_t>(s.verb.size());
    e.target = {s.target_code, s.target_text, e.verb_end + 1,
                e.verb_end + 1 + static_cast<uint32_t>(s.target_text.size())};
    e.cameo = s.cameo;
    e.root = s.cameo.substr(0, 2);
    e.quad_class = s.quad;
    e.goldstein = s.goldstein;
    e.sentence = text;
    d.events.push_back(e);
    d.sentences.emplace_back(start, static_cast<uint32_t>(d.article.text.size()));
  }
  // A closing sentence without an event: the store keeps it too.
  const std::string closing = "Talks are expected to continue.";
  d.article.text += " ";
  const uint32_t at = static_cast<uint32_t>(d.article.text.size());
  d.article.text += closing;
  d.sentences.emplace_back(at, static_cast<uint32_t>(d.article.text.size()));
  d.num_sentences = static_cast<int>(d.sentences.size());
  return d;
}

// 40 weeks from 2024-01-01: the United States cooperates with Iran for 20 weeks, then turns
// hostile (a turning point at week 20); Iran criticises the United States every week; Russia
// and Ukraine fight throughout; one Turkish event. 120 + 40 * 2 + 1 = 201 events.
void BuildStore(const std::string& path) {
  std::unique_ptr<store::SqliteStore> db;
  ASSERT_TRUE(store::SqliteStore::Open(path, &db).ok());
  const sys_days start = std::chrono::year{2024} / 1 / 1;
  for (int w = 0; w < 40; ++w) {
    const std::string date = Day(start + std::chrono::days(7 * w));
    std::vector<Sentence> s;
    // 2 or 4 events a week, so the series has noise to estimate, as real ones do.
    for (int k = 0; k < (w % 2 ? 4 : 2); ++k) {
      if (w < 20) {
        s.push_back(
            {"USA", "The United States", "met", "IRN", "Iran", " in Geneva.", "042", 1, 1.9});
      } else {
        s.push_back({"USA", "The United States", "bombed", "IRNMIL", "Iranian forces",
                     " near the coast.", "195", 4, -10});
      }
    }
    s.push_back({"IRNGOV", "Tehran", "criticised", "USA", "Washington", " again.", "111", 3, -2});
    s.push_back({"RUS", "Russia", "shelled", "UKR", "Ukraine", " overnight.", "195", 4, -10});
    ASSERT_TRUE(db->Write(MakeDoc("news/week" + std::to_string(w) + ".txt", date, s)).ok());
  }
  ASSERT_TRUE(db->Write(MakeDoc("intl/türkiye.txt", "2024-06-01",
                                {{"TUR", "Türkiye’s president", "criticised", "GRC", "Greece",
                                  " sharply.", "111", 3, -2}}))
                  .ok());
  ASSERT_TRUE(db->Close().ok());
}

struct Reply {
  int status = 0;
  std::string body;
};

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad_serve_" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    plain_ = (*dir_ / "plain.db").string();
    indexed_ = (*dir_ / "indexed.db").string();
    BuildStore(plain_);
    BuildStore(indexed_);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(indexed_.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(BuildSearchIndex(db).ok());
    ASSERT_TRUE(BuildSearchIndex(db).ok());  // idempotent
    sqlite3_close(db);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }

  void Serve(const std::string& path, int query_time_ms = 2000) {
    ServerOptions options;
    options.db = path;
    options.api.query_time_ms = query_time_ms;
    Status s = Server::Open(options, &server_);
    ASSERT_TRUE(s.ok()) << s.message();
    ASSERT_TRUE(server_->Start("127.0.0.1", 0).ok());
    ASSERT_GT(server_->port(), 0);
  }

  Reply Get(const std::string& target) {
    httplib::Client client("127.0.0.1", server_->port());
    auto res = client.Get(target.c_str());
    if (!res) return {};
    return {res->status, res->body};
  }

  // The parsed body of a 200 reply.
  simdjson::dom::element Json(const std::string& target) {
    Reply r = Get(target);
    EXPECT_EQ(r.status, 200) << target << ": " << r.body;
    bodies_.push_back(r.body);
    simdjson::dom::element e;
    auto error = parsers_.emplace_back().parse(bodies_.back()).get(e);
    EXPECT_FALSE(error) << target << ": " << r.body;
    return e;
  }

  static fs::path* dir_;
  static std::string plain_, indexed_;
  std::unique_ptr<Server> server_;
  std::deque<std::string> bodies_;
  std::deque<simdjson::dom::parser> parsers_;
};

fs::path* ServerTest::dir_ = nullptr;
std::string ServerTest::plain_, ServerTest::indexed_;

TEST_F(ServerTest, HealthAndVersion) {
  Serve(plain_);
  auto h = Json("/api/health");
  EXPECT_EQ(std::string_view(h["status"]), "ok");
  EXPECT_EQ(std::string_view(h["search"]), "like");
  EXPECT_TRUE(bool(h["placed"]));  // the store has coordinate columns since schema 3
  auto v = Json("/api/version");
  EXPECT_EQ(std::string_view(v["name"]), "dyad");
  EXPECT_EQ(int64_t(v["schema_version"]), store::kSchemaVersion);
  auto s = Json("/api/stats");
  EXPECT_EQ(int64_t(s["events"]), 201);
  EXPECT_EQ(int64_t(s["documents"]), 41);
  EXPECT_EQ(std::string_view(s["first_date"]), "2024-01-01");
}

TEST_F(ServerTest, EventsFiltersAndPages) {
  Serve(plain_);
  auto all = Json("/api/events?limit=500");
  EXPECT_EQ(simdjson::dom::array(all["events"]).size(), 201u);
  EXPECT_FALSE(bool(all["has_more"]));
  // Newest first.
  EXPECT_EQ(std::string_view(all["events"].at(0)["date"]), "2024-09-30");

  auto page = Json("/api/events?limit=10&offset=195");
  EXPECT_EQ(simdjson::dom::array(page["events"]).size(), 6u);
  EXPECT_TRUE(bool(Json("/api/events?limit=10")["has_more"]));

  // Actor prefix on either side: IRN is IRN, IRNMIL (targets) and IRNGOV (source).
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?actor=irn&limit=500")["events"]).size(),
            40u * 4);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?source=IRN&limit=500")["events"]).size(), 40u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?target=IRNMIL&limit=500")["events"]).size(),
            60u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?code=19&limit=500")["events"]).size(), 100u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?quad=3&limit=500")["events"]).size(), 41u);
  EXPECT_EQ(
      simdjson::dom::array(Json("/api/events?from=2024-01-01&to=2024-01-14&limit=500")["events"])
          .size(),
      10u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?between=UKR,RUS&limit=500")["events"]).size(),
            40u);
  auto asc = Json("/api/events?order=asc&limit=1");
  EXPECT_EQ(std::string_view(asc["events"].at(0)["date"]), "2024-01-01");
}

TEST_F(ServerTest, EventHighlightsAreUtf16OffsetsInTheSentence) {
  Serve(plain_);
  auto e = Json("/api/events?source=TUR")["events"].at(0);
  const std::string_view sentence = e["sentence"];
  EXPECT_EQ(sentence, "Türkiye’s president criticised Greece sharply.");
  // Bytes: ü is 2, ’ is 3; UTF-16 units: 1 each.
  EXPECT_EQ(int64_t(e["highlight"]["source"].at(0)), 0);
  EXPECT_EQ(int64_t(e["highlight"]["source"].at(1)), 19);
  EXPECT_EQ(int64_t(e["highlight"]["verb"].at(0)), 20);
  EXPECT_EQ(int64_t(e["highlight"]["target"].at(0)), 31);
  EXPECT_EQ(int64_t(e["highlight"]["target"].at(1)), 37);
  EXPECT_EQ(int64_t(e["offsets"]["target"].at(0)), 34);  // bytes into the article text
  EXPECT_EQ(std::string_view(e["target"]["text"]), "Greece");

  // A later sentence of a document: its offsets into the article are past the sentence start.
  auto r = Json("/api/events?source=RUS&limit=1")["events"].at(0);
  EXPECT_GT(int64_t(r["offsets"]["source"].at(0)), 0);
  EXPECT_EQ(int64_t(r["highlight"]["source"].at(0)), 0);
  EXPECT_EQ(int64_t(r["highlight"]["verb"].at(0)), 7);
  EXPECT_EQ(int64_t(r["highlight"]["target"].at(0)), 15);
}

TEST_F(ServerTest, SearchUsesFtsWhenIndexedAndLikeOtherwise) {
  Serve(plain_);
  auto like = Json("/api/events?q=Geneva&limit=500");
  EXPECT_EQ(std::string_view(like["search"]), "like");
  EXPECT_EQ(simdjson::dom::array(like["events"]).size(), 60u);
  server_->Stop();
  Serve(indexed_);
  EXPECT_EQ(std::string_view(Json("/api/health")["search"]), "fts5");
  auto fts = Json("/api/events?q=geneva&limit=500");
  EXPECT_EQ(std::string_view(fts["search"]), "fts5");
  EXPECT_EQ(simdjson::dom::array(fts["events"]).size(), 60u);
  // Words are all required, in any order; operators and quotes are searched for, not parsed.
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?q=Iran%20met&limit=500")["events"]).size(), 60u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?q=%22NEAR(%20OR&limit=500")["events"]).size(),
            0u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?q=shel*&actor=UKR&limit=500")["events"]).size(),
            40u);
  EXPECT_EQ(simdjson::dom::array(Json("/api/events?q=turkiye&limit=500")["events"]).size(), 1u);
}

TEST_F(ServerTest, DyadsAreTheMostActivePairs) {
  Serve(plain_);
  auto d = Json("/api/dyads?limit=3");
  EXPECT_EQ(std::string_view(d["dyads"].at(0)["source"]), "USA");
  EXPECT_EQ(int64_t(d["dyads"].at(0)["events"]), 60);
  auto u = Json("/api/dyads?undirected=1&limit=10");
  EXPECT_EQ(std::string_view(u["dyads"].at(0)["a"]), "IRN");
  EXPECT_EQ(std::string_view(u["dyads"].at(0)["b"]), "USA");
  EXPECT_EQ(int64_t(u["dyads"].at(0)["events"]), 60);
  EXPECT_EQ(std::string_view(u["dyads"].at(3)["a"]), "RUS");
  auto f = Json("/api/dyads?actor=TUR");
  EXPECT_EQ(simdjson::dom::array(f["dyads"]).size(), 1u);
}

TEST_F(ServerTest, TiesMatchTheAnalysis) {
  Serve(plain_);
  auto t = Json("/api/ties?a=USA&b=IRN&by=week");
  // The same computation as `dyad ties`, straight from src/analysis.
  std::unique_ptr<store::SqliteStore> db;
  ASSERT_TRUE(store::SqliteStore::OpenReadOnly(plain_, &db).ok());
  analysis::DyadSeries series;
  ASSERT_TRUE(analysis::BuildDyadSeries(db->handle(), "USA", "IRN", {}, &series).ok());
  auto ab = t["directions"].at(0);
  EXPECT_EQ(int64_t(ab["events"]), series.ab.total_events());
  EXPECT_EQ(simdjson::dom::array(ab["periods"]).size(), series.ab.periods.size());
  auto cps = analysis::DetectChangePoints(analysis::GoldsteinSums(series.ab));
  ASSERT_EQ(simdjson::dom::array(ab["turning_points"]).size(), cps.points.size());
  ASSERT_FALSE(cps.points.empty());
  // The last turning point is the change of week 20, when cooperation turns to bombing.
  auto tp = ab["turning_points"].at(cps.points.size() - 1);
  EXPECT_EQ(std::string_view(tp["date"]), "2024-05-20");
  EXPECT_LT(double(tp["after"]), double(tp["before"]));
  auto driver = tp["events"].at(0);
  EXPECT_EQ(std::string_view(driver["cameo"]), "195");
  EXPECT_EQ(int64_t(t["directions"].at(1)["events"]), 40);  // IRN -> USA

  auto tps = Json("/api/turning-points?dyads=3");
  bool found = false;
  for (auto p : simdjson::dom::array(tps["turning_points"])) {
    found = found ||
            (std::string_view(p["date"]) == "2024-05-20" && std::string_view(p["source"]) == "USA");
  }
  EXPECT_TRUE(found) << simdjson::to_string(tps);
}

TEST_F(ServerTest, DocumentWithEventsAndSentences) {
  Serve(plain_);
  auto d = Json("/api/documents/news%2Fweek3.txt");
  EXPECT_EQ(std::string_view(d["id"]), "news/week3.txt");
  EXPECT_EQ(std::string_view(d["title"]), "Title of news/week3.txt");
  EXPECT_EQ(simdjson::dom::array(d["events"]).size(), 6u);
  // Every sentence of the article, the one without an event included.
  EXPECT_EQ(simdjson::dom::array(d["sentences"]).size(), 7u);
  EXPECT_EQ(int64_t(d["sentences"].at(4)["index"]), 4);
  EXPECT_EQ(std::string_view(d["sentences"].at(6)["text"]), "Talks are expected to continue.");
  EXPECT_EQ(simdjson::dom::array(d["sentences"].at(6)["events"]).size(), 0u);
  EXPECT_EQ(simdjson::dom::array(d["sentences"].at(4)["events"]).size(), 1u);
  EXPECT_TRUE(d["text"].is_null());
  // Unencoded slashes reach the same document.
  EXPECT_EQ(std::string_view(Json("/api/documents/news/week3.txt")["id"]), "news/week3.txt");
}

TEST_F(ServerTest, MapPlotsPlacedEventsOnly) {
  Serve(plain_);
  auto m = Json("/api/map");
  // The test store's events have no coordinates: nothing to plot.
  EXPECT_EQ(simdjson::dom::array(m["points"]).size(), 0u);
  server_->Stop();

  const std::string placed = (*dir_ / "placed.db").string();
  BuildStore(placed);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(placed.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "UPDATE events SET lat = 46.2, lon = 6.15 WHERE sentence LIKE '%Geneva%'; "
                         "UPDATE events SET lat = 48.5, lon = 37.9 WHERE source_code = 'RUS';",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Serve(placed);
  m = Json("/api/map");
  EXPECT_TRUE(bool(m["placed"]));
  ASSERT_EQ(simdjson::dom::array(m["points"]).size(), 2u);
  EXPECT_EQ(int64_t(m["points"].at(0)["events"]), 60);
  EXPECT_NEAR(double(m["points"].at(0)["lat"]), 46.2, 1e-9);
  auto e = Json("/api/events?source=RUS&limit=1")["events"].at(0);
  EXPECT_NEAR(double(e["lon"]), 37.9, 1e-9);
}

TEST_F(ServerTest, BadParametersAre400AndUnknownPaths404) {
  Serve(plain_);
  for (const char* target : {"/api/events?from=2024-13-01",
                             "/api/events?from=yesterday",
                             "/api/events?limit=0",
                             "/api/events?limit=100000",
                             "/api/events?offset=-1",
                             "/api/events?quad=5",
                             "/api/events?actor=U%24A",
                             "/api/events?code=abc",
                             "/api/events?colour=red",
                             "/api/events?limit=5&limit=6",
                             "/api/events?from=2024-02-01&to=2024-01-01",
                             "/api/events?q=%20%20",
                             "/api/events?between=USA",
                             "/api/events?order=up",
                             "/api/ties?a=USA",
                             "/api/ties?a=USA&b=IRN&by=year",
                             "/api/dyads?undirected=maybe",
                             "/api/health?x=1",
                             "/api/map?limit=abc",
                             "/api/turning-points?dyads=99"}) {
    Reply r = Get(target);
    EXPECT_EQ(r.status, 400) << target << ": " << r.body;
    EXPECT_NE(r.body.find("\"error\":"), std::string::npos) << target;
  }
  for (const char* target :
       {"/api/nothing", "/api/documents/none.txt", "/nothing.html", "/api/documents/"}) {
    Reply r = Get(target);
    EXPECT_EQ(r.status, 404) << target << ": " << r.body;
    EXPECT_NE(r.body.find("\"error\":"), std::string::npos) << target;
  }
  httplib::Client client("127.0.0.1", server_->port());
  auto post = client.Post("/api/events", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto big = client.Post("/api/events", std::string(100000, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
}

TEST_F(ServerTest, QueriesPastTheTimeLimitAre503) {
  // 201 * 2^7 events: enough work for the progress handler to look at the clock.
  const std::string big = (*dir_ / "big.db").string();
  BuildStore(big);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(big.c_str(), &db), SQLITE_OK);
  for (int i = 0; i < 7; ++i) {
    ASSERT_EQ(sqlite3_exec(db,
                           "INSERT INTO events(doc_id, sentence_index, date, date_precision, "
                           "source_code, target_code, cameo, root, goldstein, sentence) "
                           "SELECT doc_id, sentence_index, date, date_precision, source_code, "
                           "target_code, cameo, root, goldstein, sentence FROM events",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  sqlite3_close(db);
  Serve(big, /*query_time_ms=*/0);
  Reply r = Get("/api/events?q=nowhere");  // LIKE: a scan of every sentence
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_NE(r.body.find("time limit"), std::string::npos);
}

TEST_F(ServerTest, PagesAreServed) {
  Serve(plain_);
  Reply index = Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("<script src=\"/app.js\">"), std::string::npos);
  EXPECT_EQ(Get("/app.js").status, 200);
  EXPECT_EQ(Get("/style.css").status, 200);
}

TEST_F(ServerTest, LoadOf1600RequestsFrom8Clients) {
  Serve(indexed_);
  const std::vector<std::string> targets = {
      "/api/events?limit=50",  "/api/events?actor=IRN&limit=20",
      "/api/events?q=geneva",  "/api/dyads?undirected=1",
      "/api/ties?a=USA&b=IRN", "/api/documents/news%2Fweek7.txt",
      "/api/turning-points",   "/api/events?code=19&quad=4&from=2024-03-01",
      "/api/health",           "/api/map"};
  constexpr int kClients = 8, kPerClient = 200;
  std::atomic<int> failures{0};
  std::vector<std::vector<double>> latencies(kClients);
  std::vector<std::string> slowest(kClients);
  const auto begin = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server_->port());
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      for (int i = 0; i < kPerClient; ++i) {
        const std::string& t = targets[(c + i) % targets.size()];
        const auto t0 = std::chrono::steady_clock::now();
        auto res = client.Get(t.c_str());
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        if (latencies[c].empty() ||
            ms > *std::max_element(latencies[c].begin(), latencies[c].end())) {
          slowest[c] = t + " #" + std::to_string(i);
        }
        latencies[c].push_back(ms);
        if (!res || res->status != 200 || res->body.empty()) ++failures;
      }
    });
  }
  for (std::thread& t : clients) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  std::printf(
      "load: %zu requests from %d clients in %.2f s (%.0f/s); latency p50 %.2f ms, "
      "p99 %.2f ms, max %.2f ms\n",
      all.size(), kClients, seconds, all.size() / seconds, all[all.size() / 2],
      all[all.size() * 99 / 100], all.back());
  for (const std::string& s : slowest) std::printf("  slowest: %s\n", s.c_str());
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(all.size(), static_cast<size_t>(kClients * kPerClient));
  EXPECT_LT(seconds, 60.0);
}

}  // namespace
}  // namespace dyad::serve
