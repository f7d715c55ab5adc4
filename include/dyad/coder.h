// Coder: the whole pipeline for one document: ingest (boilerplate, metadata) -> text
// (sentences, tokens, dates) -> lexicon (actors, verb patterns) -> events.
//
//   std::unique_ptr<dyad::Coder> coder;
//   dyad::Status s = dyad::Coder::Open(dyad::CoderOptions(), &coder);
//   dyad::CodedDocument out;
//   s = coder->Code(doc, &out);   // out.events
//
// Open loads and compiles the dictionaries once. Code is const and thread-safe: share one
// Coder between threads.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  std::string data_dir;                  // built-in dictionaries; empty: the installed default
  std::vector<std::string> actor_files;  // replace the built-in actor dictionaries
  std::string agent_file;                // replaces the built-in agents
  std::string verb_file;                 // replaces the built-in verb patterns
  std::string default_date;              // YYYY-MM-DD for documents that carry no date
  // Events are dyadic: one with no target is kept only when its code means something alone
  // (statements and comments, appeals, investigations, mass violence: CAMEO roots 01, 02, 09
  // and 20), and, but for mass violence, only when a public actor did it (not private people,
  // firms, schools or the press). True keeps every event whose target was not found.
  bool keep_untargeted = false;
};

struct CodedDocument {
  std::string id;
  std::string doc_date;  // the date the events were resolved against
  Article article;
  int num_sentences = 0;
  // Byte offsets [begin, end) of each sentence in article.text, in order; an event's
  // sentence_index indexes it.
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<Event> events;
};

class Coder {
 public:
  static Status Open(const CoderOptions& options, std::unique_ptr<Coder>* out);
  virtual ~Coder() = default;

  // Codes one document. Fails only when the document has no usable text.
  virtual Status Code(const Document& doc, CodedDocument* out) const = 0;
  // Codes text that is already clean (no boilerplate removal, no metadata).
  virtual Status CodeArticle(const std::string& doc_id, const std::string& doc_date,
                             const Article& article, CodedDocument* out) const = 0;

  // Warnings from loading the dictionaries.
  virtual const std::vector<std::string>& warnings() const = 0;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_
