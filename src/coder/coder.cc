#include "dyad/coder.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <iterator>
#include <span>
#include <thread>
#include <utility>

#include "coder/sentence_coder.h"
#include "coder/sentence_state.h"
#include "dyad/extract.h"
#include "geo/resolver.h"
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

// The answer `fill` writes for `key`, remembered per thread and per coder for the last keys in
// a small table of `kSets` sets of four slots, the set chosen by `hash` and the slot used
// longest ago refilled: the datelines of a feed's articles, the places of an article's events.
// (A slot per hash was too few: a feed files from more places than there were slots, and two
// of its datelines sharing a slot missed each other every time, a dateline's country and place
// worked out again for most articles.) `fill(Answer*)` is a pure function of the key for a
// given coder; it writes the slot's answer in place, whose strings keep their buffers. Each
// place in the code that asks has a table of its own (`Fill` is its lambda), and the answer is
// valid until its next call.
template <typename Key, typename Answer, size_t kSets, typename Fill>
const Answer& Remembered(uint64_t coder, const Key& key, size_t hash, Fill fill) {
  constexpr size_t kWays = 4;
  struct Slot {
    uint64_t coder = 0;  // none
    uint64_t used = 0;   // when last asked, by `clock`
    Key key{};
    Answer answer;
  };
  thread_local std::array<Slot, kSets * kWays> slots;
  thread_local uint64_t clock = 0;
  Slot* const set = &slots[(hash % kSets) * kWays];
  Slot* oldest = set;
  ++clock;
  for (size_t way = 0; way < kWays; ++way) {
    Slot& slot = set[way];
    if (slot.coder == coder && slot.key == key) {
      slot.used = clock;
      return slot.answer;
    }
    if (slot.used < oldest->used) oldest = &slot;
  }
  fill(&oldest->answer);
  oldest->key = key;
  oldest->coder = coder;
  oldest->used = clock;
  return oldest->answer;
}

using SentenceEvents = coder::SentenceState::SentenceEvents;

class CoderImpl : public Coder {
 public:
  // Most articles have fewer events than this (about 5 on the examples, 2 on news pages).
  static constexpr size_t kEventsReserved = 16;
  // A thread keeps the room of an article's tokens up to this many (a 200 KB article).
  static constexpr size_t kKeptTokens = 1 << 16;

  CoderImpl(std::unique_ptr<lexicon::Lexicon> lex, std::unique_ptr<geo::Gazetteer> gazetteer,
            const CoderOptions& options)
      : lex_(std::move(lex)),
        sentence_coder_(lex_.get()),
        gazetteer_(std::move(gazetteer)),
        options_(options) {
    if (gazetteer_) resolver_ = std::make_unique<geo::Resolver>(gazetteer_.get());
    sentence_coder_.set_keep_untargeted(options.keep_untargeted);
  }

  Status Code(const Document& doc, CodedDocument* out) const override {
    Article article;
    Status s = ExtractDocument(doc, &article);
    if (!s.ok()) return s;
    std::string date = doc.date;
    if (date.empty() && text::ParseIsoDate(article.date).valid()) date = article.date.substr(0, 10);
    if (date.empty() && text::ParseIsoDate(doc.crawl_date).valid()) date = doc.crawl_date;
    if (date.empty()) date = options_.default_date;
    out->article = std::move(article);  // not copied: the article is the document's now
    return CodeOwnArticle(doc.id, date, out);
  }

  Status CodeArticle(const std::string& doc_id, const std::string& doc_date,
                     const Article& article, CodedDocument* out) const override {
    out->article = article;
    return CodeOwnArticle(doc_id, doc_date, out);
  }

  // CodeArticle of out->article.
  Status CodeOwnArticle(const std::string& doc_id, const std::string& doc_date,
                        CodedDocument* out) const {
    const Article& article = out->article;
    out->id = doc_id;
    out->doc_date = doc_date;
    // The events are coded straight into the document's vector, made room for 16 first: an
    // Event is about 800 bytes of strings, and growing the vector one event at a time moved
    // each of them several times (as did moving them from a vector the thread kept).
    std::vector<Event>& ev = out->events;
    // (The events of the document coded into `out` before, when it was given back to be
    // reused: their strings' room is kept for this document's.)
    for (Event& e : ev) SentenceEvents::KeepRoom(&e);
    ev.clear();
    ev.reserve(kEventsReserved);
    text::Date date = text::ParseIsoDate(doc_date);
    // The article's tokens, kept for the place scan of its sentences.
    thread_local std::vector<text::Token> tokens;
    out->num_sentences =
        sentence_coder_.CodeText(out->article.text, DatelineLength(article), date, doc_id,
                                 DatelineCountry(article.dateline), &ev, &out->sentences,
                                 &tokens);
    if (resolver_) Place(article, tokens, &ev);
    // The room of a huge article's tokens (12 bytes each) is not kept for the next.
    if (tokens.capacity() > kKeptTokens) std::vector<text::Token>().swap(tokens);
    if (!options_.keep_untargeted) {
      const auto dropped = std::remove_if(ev.begin(), ev.end(), [](const Event& e) {
        // (A bare statement, 010, left here was judged in its sentence: see
        // StandsAsStatement.)
        return e.target.empty() && !coder::StandsWithoutTarget(e.cameo, e.source.code) &&
               e.cameo != "010";
      });
      for (auto e = dropped; e != ev.end(); ++e) SentenceEvents::KeepRoom(&*e);
      ev.erase(dropped, ev.end());
    }
    return Status::OK();
  }

  // The country the story was filed from: a country, capital or demonym the dictionaries
  // know ("MOSCOW", "Tehran, Iran"), else any place the gazetteer knows ("YANGON").
  // Remembered per thread for the last datelines (a feed's articles come from a few places,
  // but not always one after another).
  const std::string& DatelineCountry(const std::string& dateline) const {
    return Remembered<std::string, std::string, 64>(
        instance_, dateline, std::hash<std::string>{}(dateline), [&](std::string* country) {
          *country = sentence_coder_.CountryOf(dateline);
          if (country->empty() && resolver_ && !dateline.empty()) {
            const geo::Place& p = DatelinePlace(dateline);
            const std::string code(geo::CameoOfIsoCountry(p.iso3));
            if (p.found() && code.size() == 3 && lex_->CountryEntry(code) >= 0) *country = code;
          }
        });
  }

  // The place a dateline names, remembered per thread for the last datelines: the
  // articles of a feed often share one ("MOSCOW", "KYIV, Ukraine"). Needs the resolver.
  const geo::Place& DatelinePlace(const std::string& dateline) const {
    return Remembered<std::string, geo::Place, 64>(
        instance_, dateline, std::hash<std::string>{}(dateline),
        [&](geo::Place* place) { *place = resolver_->ResolveDateline(dateline); });
  }

  // Each event's ActionGeo: the place its sentence names nearest the verb, resolved with the
  // event's countries and the article's dateline as context.
  // `tokens` are the article's (text::Tokenize of article.text).
  void Place(const Article& article, const std::vector<text::Token>& tokens,
             std::vector<Event>* events) const {
    if (events->empty()) return;  // nothing to place: the dateline need not be resolved
    // The dateline is resolved once for the article, and each sentence's place names are
    // searched once for all its events (events of a sentence are consecutive); only the ranking
    // of the names' candidates depends on the event.
    // (A reference into the thread's table of datelines, which nothing else asks until the
    // next article: the Place and its eight strings are not copied.)
    static const geo::Place kNoPlace;
    const geo::Place& dateline =
        article.dateline.empty() ? kNoPlace : DatelinePlace(article.dateline);
    // The scan and the ranking are the thread's, reused from article to article.
    thread_local geo::PlaceScan scan;
    thread_local std::vector<geo::RankedName> ranked;  // the names of `scan` ranked for the event
    const Event* scanned = nullptr;       // the event whose sentence `scan` holds
    // The countries `ranked` was ranked with, for `scan` (the article's dateline is the same
    // for all): the ranking depends on nothing else, and the events of a sentence often share
    // their countries (a source's several acts, "A and B met" both ways).
    // (It, the countries and the context are the thread's, reused from article to article
    // like the scan: each was allocated for every article with events.)
    bool have_ranked = false;
    thread_local std::vector<std::string> ranked_for;
    thread_local std::vector<std::string_view> countries;  // of the event: views of ctx.countries
    // One context for all the events, refilled for each (its strings keep their buffers).
    thread_local geo::ResolveContext ctx;
    ctx.dateline = article.dateline;
    ctx.dateline_place = &dateline;
    for (Event& e : *events) {
      ctx.countries.clear();
      if (!e.source.code.empty()) ctx.countries.push_back(e.source.code);
      if (!e.target.code.empty()) ctx.countries.push_back(e.target.code);
      ctx.verb_offset = e.verb_begin >= e.sentence_begin
                            ? static_cast<int>(e.verb_begin - e.sentence_begin)
                            : -1;
      // (An event's sentence is the article's text from sentence_begin, as CodeText cuts it:
      // the same start and length are the same sentence, without comparing its bytes.)
      if (scanned == nullptr || scanned->sentence_begin != e.sentence_begin ||
          scanned->sentence.size() != e.sentence.size()) {
        // The sentence's tokens, from the article's: it is not tokenized again.
        const uint32_t sentence_end = e.sentence_begin + static_cast<uint32_t>(e.sentence.size());
        auto first = std::lower_bound(
            tokens.begin(), tokens.end(), e.sentence_begin,
            [](const text::Token& t, uint32_t offset) { return t.begin < offset; });
        auto last = std::lower_bound(
            first, tokens.end(), sentence_end,
            [](const text::Token& t, uint32_t offset) { return t.begin < offset; });
        resolver_->ScanPlaces(e.sentence, std::span<const text::Token>(first, last),
                              e.sentence_begin, &scan);
        scanned = &e;
        have_ranked = false;
      }
      // One ranking of the sentence's names serves the event's place, its target and its
      // actors'. The names are ranked by record: a Place (eight strings) is built only for the
      // records written.
      // (Only the country part of a code counts, and only which countries: each gets the same
      // bonus, whatever its order. See Resolver::RankPlaces.)
      // (Two at most, the source's and the target's: put in order, and one left out when both
      // are the same, as sorting them and std::unique would.)
      countries.clear();
      for (const std::string& code : ctx.countries) countries.push_back(geo::CountryPart(code));
      if (countries.size() == 2) {
        if (countries[1] < countries[0]) {
          std::swap(countries[0], countries[1]);
        } else if (countries[1] == countries[0]) {
          countries.pop_back();
        }
      }
      if (!have_ranked || !std::equal(ranked_for.begin(), ranked_for.end(), countries.begin(),
                                      countries.end())) {
        resolver_->RankPlaces(scan, ctx, &ranked);
        ranked_for.assign(countries.begin(), countries.end());
        have_ranked = true;
      }
      const int32_t action = resolver_->ChooseActionRecord(ranked, ctx);
      if (action >= 0) {
        FillRecord(action, &e.action_geo);
        TargetFromPlace(action, ranked, &e);
      }
      for (EventActor* actor : {&e.source, &e.target}) {
        if (actor->empty() || actor->begin < e.sentence_begin) continue;
        const int32_t at = resolver_->ActorPlaceRecord(ranked, actor->code,
                                                       actor->begin - e.sentence_begin,
                                                       actor->end - e.sentence_begin);
        if (at >= 0) {
          FillRecord(at, actor == &e.source ? &e.source_geo : &e.target_geo);
        }
      }
    }
  }

  // A code field of a gazetteer record (NUL-padded): "UKR", "UP".
  static std::string_view RecordCode(const char* field, size_t n) {
    size_t len = 0;
    while (len < n && field[len] != '\0') ++len;
    return {field, len};
  }

  // Fill(resolver_->MakePlace(index), out), written from the record itself: the Place in
  // between held eight strings, three of them never read here, and each of its strings was
  // then copied again into the event's. (Its name is the full name, which is never shorter
  // than the name and starts with it: the full name when either is not empty.)
  //
  // The places of the last records filled are remembered per thread and per coder (see
  // Remembered) and copied from there: an article's events name the same few places again and
  // again (an event's place is often its actors' too), and copying the strings costs about half
  // of building them from the record.
  void FillRecord(int32_t index, EventPlace* out) const {
    if (index < 0 || static_cast<size_t>(index) >= gazetteer_->size()) {
      Fill(geo::Place(), out);  // as MakePlace's place of no record
      return;
    }
    const EventPlace& place = Remembered<int32_t, EventPlace, 64>(
        instance_, index, static_cast<uint32_t>(index),
        [&](EventPlace* place) { BuildRecord(index, place); });
    SentenceEvents::GiveRoom(&out->name, place.name.size());
    *out = place;
  }

  // The EventPlace of a gazetteer record (index < gazetteer_->size()).
  void BuildRecord(int32_t index, EventPlace* out) const {
    const geo::PlaceRecord& r = gazetteer_->place(static_cast<uint32_t>(index));
    out->type = geo::PlaceTypeName(r.type);
    out->name.clear();  // written in place, without a temporary
    gazetteer_->AppendFullName(static_cast<uint32_t>(index), &out->name);
    out->country = RecordCode(r.iso3, 3);
    const std::string_view fips = RecordCode(r.fips, 2);
    out->fips = fips;
    // GDELT's ADM1 code: the FIPS code and the division's admin1 code, for a city or division.
    out->adm1 = fips;
    if (r.type == geo::PlaceType::kCity || r.type == geo::PlaceType::kAdm1) {
      out->adm1 += RecordCode(r.admin1, sizeof(r.admin1));
    }
    out->lat = r.lat;
    out->lon = r.lon;
    out->geonames_id = r.geonames_id;
  }

  static void Fill(const geo::Place& p, EventPlace* out) {
    out->type = std::string(geo::PlaceTypeName(p.type));
    out->name = p.full_name.empty() ? p.name : p.full_name;
    out->country = p.iso3;
    out->fips = p.fips;
    out->adm1 = p.adm1;
    out->lat = p.lat;
    out->lon = p.lon;
    out->geonames_id = p.geonames_id;
  }

  // "Russian forces shelled Kharkiv", "Raisi visited Kharkiv": a visit or an act of force
  // aimed at a city is aimed at its country, as in the dictionaries that list cities as actors.
  // `place` is the event's place, a gazetteer record.
  void TargetFromPlace(int32_t place, const std::vector<geo::RankedName>& mentions,
                       Event* e) const {
    if (place < 0 || static_cast<size_t>(place) >= gazetteer_->size()) return;
    const geo::PlaceRecord& r = gazetteer_->place(static_cast<uint32_t>(place));
    const std::string_view iso3 = RecordCode(r.iso3, 3);
    // Coercion at home is aimed at home too: "the junta imposed a curfew in Yangon".
    const std::string place_country(geo::CameoOfIsoCountry(iso3));
    const bool at_home = e->source.code.compare(0, 3, place_country) == 0;
    if (!coder::AimedAtPlaces(e->cameo) || !e->target.empty() || iso3.size() != 3 ||
        (r.type != geo::PlaceType::kCity && r.type != geo::PlaceType::kAdm1) ||
        (at_home && e->root != "17")) {
      return;
    }
    for (const geo::RankedName& m : mentions) {
      if (m.index != place || m.speaker || m.begin < e->verb_end - e->sentence_begin) {
        continue;
      }
      e->target.code = place_country;
      e->target.text = e->sentence.substr(m.begin, m.end - m.begin);
      e->target.begin = e->sentence_begin + m.begin;
      e->target.end = e->sentence_begin + m.end;
      return;
    }
  }

  const std::vector<std::string>& warnings() const override { return lex_->warnings(); }

 private:
  std::unique_ptr<lexicon::Lexicon> lex_;
  coder::SentenceCoder sentence_coder_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;  // null when the gazetteer is not built
  std::unique_ptr<geo::Resolver> resolver_;
  CoderOptions options_;
  // A number no other coder of the process has (not an address, which a later coder may
  // reuse): the key of the per-thread dateline cache.
  const uint64_t instance_ = [] {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1);
  }();
};

}  // namespace

Status Coder::Open(const CoderOptions& options, std::unique_ptr<Coder>* out) {
  lexicon::LexiconOptions lo;
  lo.data_dir = options.data_dir;
  lo.actor_files = options.actor_files;
  lo.agent_file = options.agent_file;
  lo.verb_file = options.verb_file;
  // The gazetteer loads on a thread of its own while the dictionaries load here: the two are
  // independent, and the start-up is serial before any document is coded.
  auto gazetteer = std::make_unique<geo::Gazetteer>();
  Status gs;
  std::thread gazetteer_load(
      [&gazetteer, &gs] { gs = gazetteer->Load(geo::Gazetteer::DefaultPath()); });
  std::unique_ptr<lexicon::Lexicon> lex;
  Status s = lexicon::Lexicon::Load(lo, &lex);
  gazetteer_load.join();
  if (!s.ok()) return s;
  if (!options.default_date.empty() && !text::ParseIsoDate(options.default_date).valid()) {
    return Status::InvalidArgument("bad date '" + options.default_date + "' (want YYYY-MM-DD)");
  }
  if (!gs.ok()) gazetteer.reset();  // events are then not placed
  *out = std::make_unique<CoderImpl>(std::move(lex), std::move(gazetteer), options);
  return Status::OK();
}

}  // namespace dyad
