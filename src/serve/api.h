// Api: the JSON endpoints of `dyad serve` (doc/api.md), independent of the HTTP library: a
// path and its query parameters in, a status and a JSON body out. Every query runs on a pooled
// read-only connection under a time limit, reads through an index, and returns at most a page.
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "serve/db_pool.h"

namespace dyad::serve {

struct ApiOptions {
  int max_rows = 500;        // the largest page of events (`limit`)
  int max_offset = 100000;   // the deepest page: OFFSET costs a step per skipped row
  int query_time_ms = 2000;  // per request, enforced by the connection's progress handler
  // Whole-store summaries (the overview's top pairs and turning points) scan the store: they
  // get this budget, are computed once per state of the store (one request computes, the
  // others wait for it), and are warmed when the server starts.
  int summary_time_ms = 120000;
  // A dyad's series (`ties`) reads every event of the pair: the busiest pairs of a store of
  // millions have a hundred thousand.
  int series_time_ms = 15000;
  int max_document_events = 5000;
  int max_document_sentences = 5000;
};

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

// Query parameters as they came, in order; a repeated name is an error.
using Params = std::vector<std::pair<std::string, std::string>>;

class Api {
 public:
  Api(ConnectionPool* pool, ApiOptions options);

  // `path` is below /api/ ("events", "documents/ID", ...), already URL-decoded.
  ApiResponse Handle(const std::string& path, const Params& params);

  // What the store offers, read once at start.
  bool has_search_index() const { return has_fts_; }
  bool has_coordinates() const { return !lat_column_.empty(); }

  static ApiResponse Error(int status, const std::string& message);

  // Computes the overview's summaries into the cache, so the first visitor does not wait.
  void Warm();

 private:
  struct Request;

  ApiResponse Health(Request& r);
  ApiResponse Version(Request& r);
  ApiResponse Stats(Request& r);
  ApiResponse Events(Request& r);
  ApiResponse Dyads(Request& r);
  ApiResponse Ties(Request& r);
  ApiResponse TurningPoints(Request& r);
  ApiResponse Document(Request& r, const std::string& id);
  ApiResponse Map(Request& r);

  // Results of whole-store aggregates (top dyads, turning points, map) are cached until the
  // store changes, which a new largest rowid reveals (dyad only appends; a replaced document
  // gets new rows).
  std::string DataKey(Request& r);
  bool CacheGet(const std::string& key, std::string* body);
  void CachePut(const std::string& key, const std::string& body);
  // Summaries are cached as lists of JSON items, so that any `limit` is a slice of one entry.
  bool CacheGetList(const std::string& key, std::vector<std::string>* items);
  void CachePutList(const std::string& key, std::vector<std::string> items);

  ConnectionPool* pool_;
  ApiOptions options_;
  bool has_fts_ = false;
  std::string lat_column_, lon_column_;  // empty when events are not placed
  bool has_text_column_ = false;         // documents.text, when a store keeps the text
  bool has_sentences_table_ = false;     // schema 5: every sentence of each document

  std::mutex cache_mu_;
  std::string cache_key_;
  std::map<std::string, std::string> cache_;
  std::map<std::string, std::vector<std::string>> lists_;
  std::mutex summary_mu_;  // one summary computation at a time
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_API_H_
