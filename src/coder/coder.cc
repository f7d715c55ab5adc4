#include "dyad/coder.h"

#include "coder/sentence_coder.h"
#include "dyad/extract.h"
#include "lexicon/lexicon.h"

namespace dyad {
namespace {

// Bytes of the body taken by its dateline ("Tehran, Iran – "), which is not coded: its place
// names are where the story was filed, not actors.
size_t DatelineLength(const Article& a) {
  if (a.dateline.empty() || a.text.compare(0, a.dateline.size(), a.dateline) != 0) return 0;
  size_t i = a.dateline.size();
  size_t limit = std::min(a.text.size(), i + 40);
  // Skip to the dash that ends the dateline, and past it.
  for (size_t k = i; k < limit; ++k) {
    unsigned char c = a.text[k];
    if (c == '-') return k + 1;
    if (c == 0xE2 && k + 2 < a.text.size() && static_cast<unsigned char>(a.text[k + 1]) == 0x80 &&
        (static_cast<unsigned char>(a.text[k + 2]) == 0x93 ||
         static_cast<unsigned char>(a.text[k + 2]) == 0x94)) {
      return k + 3;
    }
  }
  return i;
}

class CoderImpl : public Coder {
 public:
  CoderImpl(std::unique_ptr<lexicon::Lexicon> lex, const CoderOptions& options)
      : lex_(std::move(lex)), sentence_coder_(lex_.get()), options_(options) {}

  Status Code(const Document& doc, CodedDocument* out) const override {
    Article article;
    Status s = doc.html.empty() ? ExtractScrapedText(doc.text, &article)
                                : ExtractHtml(doc.html, &article);
    if (!s.ok()) return s;
    if (!doc.title.empty()) article.title = doc.title;
    if (!doc.url.empty() && article.url.empty()) article.url = doc.url;
    if (!doc.source.empty()) article.site = doc.source;
    std::string date = doc.date;
    if (date.empty() && text::ParseIsoDate(article.date).valid()) date = article.date.substr(0, 10);
    if (date.empty() && text::ParseIsoDate(doc.crawl_date).valid()) date = doc.crawl_date;
    if (date.empty()) date = options_.default_date;
    return CodeArticle(doc.id, date, article, out);
  }

  Status CodeArticle(const std::string& doc_id, const std::string& doc_date,
                     const Article& article, CodedDocument* out) const override {
    out->id = doc_id;
    out->doc_date = doc_date;
    out->article = article;
    out->events.clear();
    text::Date date = text::ParseIsoDate(doc_date);
    out->num_sentences =
        sentence_coder_.CodeText(out->article.text, DatelineLength(article), date, doc_id,
                                 sentence_coder_.CountryOf(article.dateline), &out->events);
    return Status::OK();
  }

  const std::vector<std::string>& warnings() const override { return lex_->warnings(); }

 private:
  std::unique_ptr<lexicon::Lexicon> lex_;
  coder::SentenceCoder sentence_coder_;
  CoderOptions options_;
};

}  // namespace

Status Coder::Open(const CoderOptions& options, std::unique_ptr<Coder>* out) {
  lexicon::LexiconOptions lo;
  lo.data_dir = options.data_dir;
  lo.actor_files = options.actor_files;
  lo.agent_file = options.agent_file;
  lo.verb_file = options.verb_file;
  std::unique_ptr<lexicon::Lexicon> lex;
  Status s = lexicon::Lexicon::Load(lo, &lex);
  if (!s.ok()) return s;
  if (!options.default_date.empty() && !text::ParseIsoDate(options.default_date).valid()) {
    return Status::InvalidArgument("bad date '" + options.default_date + "' (want YYYY-MM-DD)");
  }
  *out = std::make_unique<CoderImpl>(std::move(lex), options);
  return Status::OK();
}

}  // namespace dyad
