#include "text/tagger.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <type_traits>

namespace dyad::text {
namespace {

struct FestivalTag {
  const char* name;
  Pos pos;
};

// festlex-poslex's 36 WSJ tags ("of" apart from "in"; all punctuation as "punc"), and the two
// sentence boundary markers "1" and "2", which map to kPunct: a boundary behaves like a stop.
constexpr FestivalTag kFestivalTags[] = {
    {"nn", Pos::kNN},     {"punc", Pos::kPunct}, {"nnp", Pos::kNNP},  {"dt", Pos::kDT},
    {"in", Pos::kIN},     {"jj", Pos::kJJ},      {"nns", Pos::kNNS},  {"cd", Pos::kCD},
    {"rb", Pos::kRB},     {"vbd", Pos::kVBD},    {"vb", Pos::kVB},    {"prp", Pos::kPRP},
    {"cc", Pos::kCC},     {"of", Pos::kIN},      {"to", Pos::kTO},    {"vbz", Pos::kVBZ},
    {"vbn", Pos::kVBN},   {"vbg", Pos::kVBG},    {"vbp", Pos::kVBP},  {"md", Pos::kMD},
    {"pos", Pos::kPOS},   {"wdt", Pos::kWDT},    {"jjr", Pos::kJJR},  {"wp", Pos::kWP},
    {"nnps", Pos::kNNPS}, {"wrb", Pos::kWRB},    {"jjs", Pos::kJJS},  {"rbr", Pos::kRBR},
    {"rp", Pos::kRP},     {"ex", Pos::kEX},      {"rbs", Pos::kRBS},  {"pdt", Pos::kPDT},
    {"fw", Pos::kFW},     {"uh", Pos::kUH},      {"sym", Pos::kSYM},  {"ls", Pos::kLS},
};

constexpr const char* kPosNames[] = {
    "NN",  "NNS", "NNP", "NNPS", "VB",  "VBD", "VBG",  "VBN", "VBP", "VBZ", "MD", "JJ", "JJR",
    "JJS", "RB",  "RBR", "RBS",  "RP",  "IN",  "TO",   "DT",  "PDT", "PRP", "PRP$", "WDT", "WP",
    "WP$", "WRB", "CC",  "CD",   "EX",  "POS", "UH",   "FW",  "SYM", "LS",  "."};

// Model tag of each Penn tag: its first entry in kFestivalTags ("in", not "of", for IN), 0
// for the two the model lacks. A table made at compile time, as the candidates of every word
// ask for it (the search of the list was 2% of the coding).
constexpr auto kModelTags = [] {
  std::array<uint8_t, static_cast<size_t>(Pos::kCount)> tags{};
  for (size_t p = 0; p < tags.size(); ++p) {
    for (size_t i = 0; i < std::size(kFestivalTags); ++i) {
      if (static_cast<size_t>(kFestivalTags[i].pos) == p) {
        tags[p] = static_cast<uint8_t>(i);
        break;
      }
    }
  }
  return tags;
}();
static_assert(kModelTags[static_cast<size_t>(Pos::kIN)] == 4);
static_assert(kModelTags[static_cast<size_t>(Pos::kPRPS)] == 0);

// Model tag of a Penn tag, for the guesses made for unknown words.
constexpr uint8_t ModelTag(Pos p) { return kModelTags[static_cast<size_t>(p)]; }

constexpr int kPuncTag = 1;
constexpr float kProperNameMargin = 0.0f;
constexpr float kPastFormMargin = 1.5f;

int FestivalIndex(std::string_view name) {
  for (size_t i = 0; i < std::size(kFestivalTags); ++i) {
    if (name == kFestivalTags[i].name) return static_cast<int>(i);
  }
  return -1;
}

// Base forms the lexicon knows as nouns only that news uses as verbs (see LexiconCandidates).
bool IsNounListedVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"broker",  "pledge", "vow",       "co-sponsor",
                                                "rebuff",  "pardon", "downgrade", "boycott",
                                                "airlift", "annex",  "partner",   "chair"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

}  // namespace

std::string_view PosName(Pos p) { return kPosNames[static_cast<int>(p)]; }

std::string Tagger::DefaultDir() {
  if (const char* env = std::getenv("DYAD_POSLEX"); env && *env) return env;
  return "/usr/share/festival/dicts";
}

Status Tagger::Load(const std::string& dir, Vocabulary* vocab, std::unique_ptr<Tagger>* out) {
  std::unique_ptr<Tagger> t(new Tagger());
  const std::string lex_path = dir + "/wsj.wp39.poslexR";
  const std::string ngram_path = dir + "/wsj.wp39.tri.ngrambin";
  std::ifstream lex(lex_path, std::ios::binary);
  if (!lex) {
    return Status::NotFound(lex_path + ": POS lexicon missing (Debian package festlex-poslex)");
  }
  // Read whole and parsed in place (views, no stream per field): the file has 60,000 lines and
  // is read at every start-up.
  lex.seekg(0, std::ios::end);
  std::string content(static_cast<size_t>(std::max<std::streamoff>(0, lex.tellg())), '\0');
  lex.seekg(0, std::ios::beg);
  lex.read(content.data(), static_cast<std::streamsize>(content.size()));
  content.resize(static_cast<size_t>(lex.gcount()));
  // Lines: ("word" ((tag logp) (tag logp) ...) () )
  std::vector<std::pair<uint32_t, std::vector<Candidate>>> rows;
  rows.reserve(content.size() / 24);
  int lineno = 0;
  for (size_t a = 0; a < content.size();) {
    size_t b = content.find('\n', a);
    if (b == std::string::npos) b = content.size();
    std::string_view line(content.data() + a, b - a);
    a = b + 1;
    ++lineno;
    if (line.size() < 4 || line[0] != '(' || line[1] != '"') continue;
    size_t close = line.find('"', 2);
    if (close == std::string_view::npos) continue;
    std::string_view word = line.substr(2, close - 2);
    std::vector<Candidate> cands;
    size_t pos = line.find("((", close);
    if (pos == std::string_view::npos) continue;
    pos += 1;
    while (true) {
      size_t open = line.find('(', pos);
      size_t end = line.find(')', open == std::string_view::npos ? pos : open);
      if (open == std::string_view::npos || end == std::string_view::npos) break;
      std::string_view fields = line.substr(open + 1, end - open - 1);
      size_t space = fields.find(' ');
      if (space == std::string_view::npos) break;
      std::string_view tag = fields.substr(0, space);
      std::string_view number = fields.substr(space + 1);
      while (!number.empty() && number.front() == ' ') number.remove_prefix(1);
      float logp = 0;
      auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), logp);
      if (ec != std::errc() || ptr == number.data()) break;
      if (tag == "1" || tag == "2") {  // a sentence-boundary marker, not a word class
        pos = end + 1;
        continue;
      }
      int idx = FestivalIndex(tag);
      if (idx < 0) {
        return Status::Corruption(lex_path + ":" + std::to_string(lineno) + ": unknown tag '" +
                                  std::string(tag) + "'");
      }
      cands.push_back({static_cast<uint8_t>(idx), logp});
      pos = end + 1;
      if (pos < line.size() && line[pos] == ')') break;
    }
    if (cands.empty()) continue;
    rows.emplace_back(vocab->Intern(word), std::move(cands));
  }
  t->entries_ = rows.size();
  t->entries_by_id_.assign(vocab->size(), Entry());
  std::vector<Candidate> listed;
  for (auto& [id, cands] : rows) {
    // At most 255 readings of a word are used (there were never more).
    listed.assign(cands.begin(), cands.begin() + std::min<size_t>(cands.size(), 255));
    Entry& e = t->entries_by_id_[id];
    e.first = static_cast<uint32_t>(t->candidates_.size());
    const std::string_view word = vocab->Word(id);
    const bool capitalized[kVariants] = {false, true, true};
    const bool sentence_start[kVariants] = {false, true, false};
    for (int v = 0; v < kVariants; ++v) {
      const size_t before = t->candidates_.size();
      LexiconCandidates(listed, word, capitalized[v], sentence_start[v], &t->candidates_);
      e.count[v] = static_cast<uint16_t>(t->candidates_.size() - before);
    }
  }

  // The trigram model: "NgramBin_2 3", the tag vocabulary twice, then big-endian doubles, one
  // per (w1, w2, w3) cell in order, where a negative -k stands for a run of k-1 zero cells.
  std::ifstream ng(ngram_path, std::ios::binary);
  if (!ng) return Status::NotFound(ngram_path + ": POS n-gram model missing (festlex-poslex)");
  std::string header, vocab1, vocab2;
  std::getline(ng, header);
  std::getline(ng, vocab1);
  std::getline(ng, vocab2);
  if (header.rfind("NgramBin_2 3", 0) != 0) {
    return Status::Corruption(ngram_path + ": not a trigram model");
  }
  std::vector<std::string> names;
  std::istringstream vs(vocab1);
  for (std::string w; vs >> w;) names.push_back(w);
  const size_t v = names.size();
  std::vector<double> cells;
  cells.reserve(v * v * v);
  unsigned char buf[8];
  while (cells.size() < v * v * v && ng.read(reinterpret_cast<char*>(buf), 8)) {
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits = (bits << 8) | buf[i];
    double d;
    std::memcpy(&d, &bits, 8);
    if (d < 0) {
      for (long k = 0; k < static_cast<long>(-d) - 1 && cells.size() < v * v * v; ++k) {
        cells.push_back(0);
      }
    } else {
      cells.push_back(d);
    }
  }
  if (cells.size() != v * v * v) {
    return Status::Corruption(ngram_path + ": truncated trigram counts");
  }
  // Model tags in our order; the boundary markers ("1", "2") fold onto punctuation.
  std::vector<int> map(v, -1);
  for (size_t i = 0; i < v; ++i) {
    int f = FestivalIndex(names[i]);
    map[i] = f >= 0 ? f : kPuncTag;
  }
  static_assert(std::size(kFestivalTags) == kTags);
  std::vector<double> counts(static_cast<size_t>(kTags) * kTags * kTags, 0.0);
  for (size_t a = 0; a < v; ++a) {
    for (size_t b = 0; b < v; ++b) {
      for (size_t c = 0; c < v; ++c) {
        counts[(map[a] * kTags + map[b]) * kTags + map[c]] += cells[(a * v + b) * v + c];
      }
    }
  }
  // log P(c | a, b) with add-0.5 smoothing, backing off to the bigram through the smoothing.
  t->trigram_.assign(counts.size(), 0.0f);
  for (int a = 0; a < kTags; ++a) {
    for (int b = 0; b < kTags; ++b) {
      double total = 0;
      for (int c = 0; c < kTags; ++c) total += counts[(a * kTags + b) * kTags + c];
      for (int c = 0; c < kTags; ++c) {
        double p = (counts[(a * kTags + b) * kTags + c] + 0.5) / (total + 0.5 * kTags);
        t->trigram_[TransIndex(a, b, c)] = static_cast<float>(std::log(p));
      }
    }
  }
  *out = std::move(t);
  return Status::OK();
}

void Tagger::LexiconCandidates(const std::vector<Candidate>& listed, std::string_view w,
                               bool capitalized, bool sentence_start,
                               std::vector<Candidate>* out) {
  // Appends to `out`: this word's candidates are out[first, end).
  const size_t first = out->size();
  const uint8_t nnp = ModelTag(Pos::kNNP), nnps = ModelTag(Pos::kNNPS);
  for (const Candidate& c : listed) {
    // A lower-case word is not a proper noun, whatever the lexicon's counts say.
    if (!capitalized && (c.tag == nnp || c.tag == nnps)) continue;
    out->push_back(c);
  }
  // Names made of common words ("Foreign Minister", "Security Council") are NNP in the
  // middle of a sentence: a capital there makes NNP about as likely as the word's best
  // reading, and context decides.
  if (capitalized && !sentence_start && out->size() > first) {
    float best = -1e30f;
    for (size_t k = first; k < out->size(); ++k) best = std::max(best, (*out)[k].logp);
    const uint8_t proper = w.back() == 's' && w.size() > 3 ? nnps : nnp;
    auto it = std::find_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                           [&](const Candidate& c) { return c.tag == proper; });
    if (it == out->end()) out->push_back({proper, best - kProperNameMargin});
    else it->logp = std::max(it->logp, best - kProperNameMargin);
  }
  // The lexicon knows some past forms in one use only ("arrested": VBN); both are open.
  if (w.size() > 3 && w.substr(w.size() - 2) == "ed") {
    const uint8_t vbd = ModelTag(Pos::kVBD), vbn = ModelTag(Pos::kVBN);
    bool has_vbd = false, has_vbn = false;
    float best = -1e30f;
    for (size_t k = first; k < out->size(); ++k) {
      const Candidate& c = (*out)[k];
      has_vbd = has_vbd || c.tag == vbd;
      has_vbn = has_vbn || c.tag == vbn;
      if (c.tag == vbd || c.tag == vbn) best = std::max(best, c.logp);
    }
    if (has_vbd != has_vbn) out->push_back({has_vbd ? vbn : vbd, best - kPastFormMargin});
    // Past forms the lexicon lists as nouns only (from one mis-tagged use in its corpus:
    // "abducted" NN, so "Gunmen abducted 20 students" had no verb). Of its lower-case "-ed"
    // words listed only as nouns, these two are verbs; "hatred", "rapeseed", "roadbed",
    // "screed" and the rest are nouns.
    if (!has_vbd && !has_vbn && (w == "abducted" || w == "rewrapped")) {
      float noun = -1e30f;
      for (size_t k = first; k < out->size(); ++k) noun = std::max(noun, (*out)[k].logp);
      out->push_back({vbd, noun});
      out->push_back({vbn, noun});
    }
  }
  // Verbs of diplomacy the lexicon lists as nouns only, from a corpus where they were never
  // verbs ("broker" NN, so "trying to broker a ceasefire" had no verb): a verb reading as
  // likely as the noun's, and the context decides ("a broker", "to broker").
  if (!capitalized && out->size() > first && IsNounListedVerb(w)) {
    float noun = -1e30f;
    for (size_t k = first; k < out->size(); ++k) noun = std::max(noun, (*out)[k].logp);
    out->push_back({ModelTag(Pos::kVB), noun});
    out->push_back({ModelTag(Pos::kVBP), noun - kPastFormMargin});
  }
  if (out->size() == first) out->push_back({ModelTag(Pos::kNN), -12.0f});
}

inline Tagger::Candidates Tagger::CandidatesOf(uint32_t id, std::string_view w,
                                               uint16_t flags, bool sentence_start,
                                               const Entry* entries, size_t num_entries) const {
  // Every guess below is one of a few fixed lists: kept as constants, so that a word's
  // candidates are a view of a list that already exists, never a copy.
  static constexpr Candidate kPunctuation[] = {{ModelTag(Pos::kPunct), 0.0f},
                                               {ModelTag(Pos::kSYM), -8.0f}};  // SYM: "$"
  static constexpr Candidate kNumeral[] = {{ModelTag(Pos::kCD), -3.0f}};
  if (flags & kPunct) return {kPunctuation, w == "$" ? 2u : 1u};
  if (flags & kNumber) return {kNumeral, 1};
  const bool capitalized = (flags & kCapitalized) != 0;
  if (id < num_entries && entries[id].count[kLowerCase] > 0) {
    const Entry& e = entries[id];
    const Variant v = !capitalized ? kLowerCase
                      : sentence_start ? kCapitalizedAtStart : kCapitalizedInside;
    const Candidate* c = candidates_.data() + e.first;
    for (int before = 0; before < v; ++before) c += e.count[before];
    return {c, e.count[v]};
  }
  return GuessCandidates(w, flags, sentence_start);
}

// Out of line, so that CandidatesOf, asked of every token, stays small enough to be inlined
// into Tag: most tokens are punctuation, numbers or words of the lexicon.
Tagger::Candidates Tagger::GuessCandidates(std::string_view w, uint16_t flags,
                                           bool sentence_start) {
  const bool capitalized = (flags & kCapitalized) != 0;
  // Unknown words: guesses from the word's shape. Scores sit where rare words of the lexicon
  // do, so that context decides between the guesses.
  static constexpr Candidate kWithDigit[] = {
      {ModelTag(Pos::kCD), -9.0f}, {ModelTag(Pos::kJJ), -12.0f}, {ModelTag(Pos::kNN), -12.5f}};
  // Capitalised: NNP, then NNPS for a final s, NN at a sentence start, and JJ.
  static constexpr Candidate kCapital[] = {{ModelTag(Pos::kNNP), -9.5f},
                                           {ModelTag(Pos::kJJ), -13.5f}};
  static constexpr Candidate kCapitalS[] = {
      {ModelTag(Pos::kNNP), -9.5f}, {ModelTag(Pos::kNNPS), -12.0f}, {ModelTag(Pos::kJJ), -13.5f}};
  static constexpr Candidate kCapitalAtStart[] = {
      {ModelTag(Pos::kNNP), -9.5f}, {ModelTag(Pos::kNN), -12.0f}, {ModelTag(Pos::kJJ), -13.5f}};
  static constexpr Candidate kCapitalSAtStart[] = {
      {ModelTag(Pos::kNNP), -9.5f}, {ModelTag(Pos::kNNPS), -12.0f},
      {ModelTag(Pos::kNN), -12.0f}, {ModelTag(Pos::kJJ), -13.5f}};
  static constexpr Candidate kIng[] = {
      {ModelTag(Pos::kVBG), -10.5f}, {ModelTag(Pos::kNN), -12.5f}, {ModelTag(Pos::kJJ), -13.0f}};
  static constexpr Candidate kEd[] = {
      {ModelTag(Pos::kVBN), -11.0f}, {ModelTag(Pos::kVBD), -11.0f}, {ModelTag(Pos::kJJ), -12.0f}};
  static constexpr Candidate kLy[] = {{ModelTag(Pos::kRB), -10.5f}, {ModelTag(Pos::kJJ), -13.5f}};
  static constexpr Candidate kNounSuffix[] = {{ModelTag(Pos::kNN), -10.5f}};
  static constexpr Candidate kPluralSuffix[] = {{ModelTag(Pos::kNNS), -10.5f}};
  static constexpr Candidate kAdjectiveSuffix[] = {{ModelTag(Pos::kJJ), -10.5f},
                                                   {ModelTag(Pos::kNN), -12.5f}};
  // Hyphenated: NNS only for a final s.
  static constexpr Candidate kHyphen[] = {
      {ModelTag(Pos::kJJ), -11.0f}, {ModelTag(Pos::kNN), -11.5f}, {ModelTag(Pos::kNNS), -11.5f}};
  static constexpr Candidate kPlural[] = {{ModelTag(Pos::kNNS), -10.5f},
                                          {ModelTag(Pos::kVBZ), -12.0f}};
  static constexpr Candidate kOther[] = {{ModelTag(Pos::kNN), -10.5f}, {ModelTag(Pos::kJJ), -12.0f},
                                         {ModelTag(Pos::kVB), -13.0f}, {ModelTag(Pos::kVBP), -13.5f}};
  const bool digit =
      std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digit) return {kWithDigit, std::size(kWithDigit)};
  if (capitalized || (flags & kAllCaps)) {
    const bool plural = w.back() == 's';
    if (plural) {
      return sentence_start ? Candidates{kCapitalSAtStart, std::size(kCapitalSAtStart)}
                            : Candidates{kCapitalS, std::size(kCapitalS)};
    }
    return sentence_start ? Candidates{kCapitalAtStart, std::size(kCapitalAtStart)}
                          : Candidates{kCapital, std::size(kCapital)};
  }
  // The suffixes, in this order of precedence: "ing"; "ed"; "ly"; a noun's ("tion", "sion",
  // "ment", "ness", "ity", "ism", "ship", "ance", "ence"); a plural noun's ("tions", "ments",
  // "ists", "ers", "ians"); an adjective's ("ous", "ful", "ive", "able", "ible", "al", "ic",
  // "less", "ish", "ian", "ese", "ary"). Only those that end in the word's last letter are
  // compared, in that order (each was compared in turn with every word).
  static constexpr Candidates kIngs{kIng, std::size(kIng)}, kEds{kEd, std::size(kEd)},
      kLys{kLy, std::size(kLy)}, kNoun{kNounSuffix, std::size(kNounSuffix)},
      kPluralNoun{kPluralSuffix, std::size(kPluralSuffix)},
      kAdjective{kAdjectiveSuffix, std::size(kAdjectiveSuffix)};
  auto ends = [w](std::string_view suffix) { return EndsWith(w, suffix); };
  switch (w.empty() ? '\0' : w.back()) {
    case 'g':
      if (ends("ing")) return kIngs;
      break;
    case 'd':
      if (ends("ed")) return kEds;
      break;
    case 'y':
      if (ends("ly")) return kLys;
      if (ends("ity")) return kNoun;
      if (ends("ary")) return kAdjective;
      break;
    case 'n':
      if (ends("tion") || ends("sion")) return kNoun;
      if (ends("ian")) return kAdjective;
      break;
    case 't':
      if (ends("ment")) return kNoun;
      break;
    case 'm':
      if (ends("ism")) return kNoun;
      break;
    case 'p':
      if (ends("ship")) return kNoun;
      break;
    case 's':
      if (ends("ness")) return kNoun;
      if (ends("tions") || ends("ments") || ends("ists") || ends("ers") || ends("ians")) {
        return kPluralNoun;
      }
      if (ends("ous") || ends("less")) return kAdjective;
      break;
    case 'e':
      if (ends("ance") || ends("ence")) return kNoun;
      if (ends("ive") || ends("able") || ends("ible") || ends("ese")) return kAdjective;
      break;
    case 'l':
      if (ends("ful") || ends("al")) return kAdjective;
      break;
    case 'c':
      if (ends("ic")) return kAdjective;
      break;
    case 'h':
      if (ends("ish")) return kAdjective;
      break;
    default:
      break;
  }
  if (w.find('-') != std::string_view::npos) return {kHyphen, w.back() == 's' ? 3u : 2u};
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') {
    return {kPlural, std::size(kPlural)};
  }
  return {kOther, std::size(kOther)};
}

void Tagger::Tag(const std::vector<uint32_t>& ids, const std::vector<std::string_view>& words,
                 const std::vector<uint16_t>& flags, std::vector<Pos>* tags) const {
  const size_t n = ids.size();
  tags->assign(n, Pos::kNN);
  if (n == 0) return;
  // Viterbi over (previous tag, tag) states, restricted to each word's candidates.
  // The words' candidates (views, see CandidatesOf) and the lattice live in flat arrays reused
  // by the thread from sentence to sentence: Tag runs on every sentence, and a vector per word
  // for each was a large share of its time. The arithmetic is the same as with one vector per
  // word.
  struct Cell {
    float score;
    int back;  // state index at i-1
  };
  // Word i's candidates, and where its states start in `cells`: together, as every step reads
  // both of three words.
  struct LatticeWord {
    const Candidate* cands;
    uint32_t count;
    uint32_t first_state;  // word i's states are cells[first_state, next word's first_state)
  };
  thread_local std::vector<LatticeWord> lattice_words;  // one more than the words: the end
  thread_local std::vector<Cell> cells;
  // The arrays are read through pointers held in locals: through the vectors (and the
  // arguments' vectors), every store into them made the compiler read their addresses again.
  const uint32_t* const id = ids.data();
  const std::string_view* const word = words.data();
  const uint16_t* const flag = flags.data();
  const Entry* const entries = entries_by_id_.data();
  const size_t num_entries = entries_by_id_.size();
  // The words' entries are scattered over a table of megabytes: ask for all of them first, so
  // that their cache misses overlap instead of coming one after another.
  for (size_t i = 0; i < n; ++i) {
    if (id[i] < num_entries) __builtin_prefetch(&entries[id[i]]);
  }
  // Grown, never shrunk: every element a sentence uses is written before it is read, and
  // shrinking would have the next longer sentence clear them again.
  if (lattice_words.size() < n + 1) lattice_words.resize(n + 1);
  LatticeWord* const lw = lattice_words.data();
  bool start = true;
  // States: at word 0 its candidates c; at word i >= 1 the pairs of a candidate p of word i-1
  // and a candidate c of word i, at c * ncand(i-1) + p. The states a state at i+1 comes from
  // (its p is their c, any candidate of the word before) are then next to one another.
  size_t states = 0;
  for (size_t i = 0; i < n; ++i) {
    const Candidates c = CandidatesOf(id[i], word[i], flag[i], start, entries, num_entries);
    start = (flag[i] & kPunct) && (word[i] == "\"" || word[i] == "'" || word[i] == "(");
    lw[i] = {c.data, c.count, static_cast<uint32_t>(states)};
    states += i == 0 ? c.count : lw[i - 1].count * c.count;
  }
  lw[n].first_state = static_cast<uint32_t>(states);
  auto cand = [lw](size_t i, size_t k) -> const Candidate& { return lw[i].cands[k]; };
  auto ncand = [lw](size_t i) -> size_t { return lw[i].count; };
  const int boundary = kPuncTag;
  if (cells.size() < states) cells.resize(states);  // every state is written below
  Cell* const cell = cells.data();
  const float* const trigram = trigram_.data();
  for (size_t c = 0; c < ncand(0); ++c) {
    cell[c] = {Trans(boundary, boundary, cand(0, c).tag) + cand(0, c).logp, -1};
  }
  // (The loops read through pointers set once per word and per pair of tags: the same sums
  // and comparisons, in the same order, as through cand() and Trans(). A state's first
  // predecessor is taken without a comparison with a floor of -1e30: every score is a sum of
  // finite log-probabilities of a sentence's words, far above it, so the first always won it.)
  if (n >= 2) {
    // Word 1: a state's one predecessor is its p at word 0, after the sentence boundary.
    const size_t np = ncand(0), nc = ncand(1);
    const Candidate* before = lw[0].cands;
    const Candidate* now = lw[1].cands;
    const Cell* prev = cell + lw[0].first_state;
    Cell* here = cell + lw[1].first_state;
    for (size_t p = 0; p < np; ++p) {
      for (size_t c = 0; c < nc; ++c) {
        const float best = prev[p].score + Trans(boundary, before[p].tag, now[c].tag);
        here[c * np + p] = {best + now[c].logp, static_cast<int>(p)};
      }
    }
  }
  // The step to word i >= 2 when word i-2 has a few candidates, their number known at compile
  // time: their tags are read once for the word and the scores of a state's predecessors once
  // for the state's p, and the search over them is unrolled. (Most words have one to four,
  // nearly all the others five to seven: an eighth of the states of the news examples, which
  // the loop for any number below took more instructions a state to search.)
  auto step_with = [lw, cell, trigram](size_t i, auto two_back_count) {
    constexpr size_t kTwoBack = decltype(two_back_count)::value;
    const size_t np = lw[i - 1].count, nc = lw[i].count;
    const Cell* prev = cell + lw[i - 1].first_state;
    Cell* here = cell + lw[i].first_state;
    const Candidate* before = lw[i - 1].cands;
    const Candidate* now = lw[i].cands;
    uint8_t two_back_tags[kTwoBack];
#pragma GCC unroll 8
    for (size_t pp = 0; pp < kTwoBack; ++pp) two_back_tags[pp] = lw[i - 2].cands[pp].tag;
    for (size_t p = 0; p < np; ++p) {
      const int first_state = static_cast<int>(p * kTwoBack);
      float from[kTwoBack];
#pragma GCC unroll 8
      for (size_t pp = 0; pp < kTwoBack; ++pp) from[pp] = prev[first_state + pp].score;
      const float* rows = trigram + static_cast<size_t>(before[p].row) * kTags;
      for (size_t c = 0; c < nc; ++c) {
        const float* trans = rows + now[c].row;
        float best = from[0] + trans[two_back_tags[0]];
        int best_state = first_state;
#pragma GCC unroll 8
        for (size_t pp = 1; pp < kTwoBack; ++pp) {
          const float s = from[pp] + trans[two_back_tags[pp]];
          if (s > best) {
            best = s;
            best_state = first_state + static_cast<int>(pp);
          }
        }
        here[c * np + p] = {best + now[c].logp, best_state};
      }
    }
  };
  for (size_t i = 2; i < n; ++i) {
    // Predecessors of a state ending in p: at i-1, the states whose candidate is p, one for
    // each candidate of word i-2.
    const size_t npp = ncand(i - 2);
    switch (npp) {
      case 1: step_with(i, std::integral_constant<size_t, 1>()); continue;
      case 2: step_with(i, std::integral_constant<size_t, 2>()); continue;
      case 3: step_with(i, std::integral_constant<size_t, 3>()); continue;
      case 4: step_with(i, std::integral_constant<size_t, 4>()); continue;
      case 5:
        step_with(i, std::integral_constant<size_t, 5>());
        continue;
      case 6:
        step_with(i, std::integral_constant<size_t, 6>());
        continue;
      case 7:
        step_with(i, std::integral_constant<size_t, 7>());
        continue;
      default: break;
    }
    const size_t np = ncand(i - 1), nc = ncand(i);
    const Cell* prev = cell + lw[i - 1].first_state;
    Cell* here = cell + lw[i].first_state;
    const Candidate* two_back = lw[i - 2].cands;
    const Candidate* before = lw[i - 1].cands;
    const Candidate* now = lw[i].cands;
    for (size_t p = 0; p < np; ++p) {
      const float* rows = trigram + static_cast<size_t>(before[p].row) * kTags;
      const int first_state = static_cast<int>(p * npp);
      const Cell* from = prev + first_state;
      for (size_t c = 0; c < nc; ++c) {
        // log P(tc | a, tp) for every tag a two back: one row of the table (see TransIndex).
        const float* trans = rows + now[c].row;
        float best = from[0].score + trans[two_back[0].tag];
        int best_state = first_state;
        for (size_t pp = 1; pp < npp; ++pp) {
          const float s = from[pp].score + trans[two_back[pp].tag];
          if (s > best) {
            best = s;
            best_state = first_state + static_cast<int>(pp);
          }
        }
        here[c * np + p] = {best + now[c].logp, best_state};
      }
    }
  }
  // Close with the sentence boundary and trace back. The final states are compared with p
  // outer and c inner, the order in which the first of equal scores wins.
  const size_t last = n - 1;
  int best_state = 0;
  float best = -1e30f;
  const Cell* final_states = cell + lw[last].first_state;
  if (n == 1) {
    for (size_t c = 0; c < ncand(0); ++c) {
      const float score = final_states[c].score + Trans(boundary, cand(0, c).tag, boundary);
      if (score > best) {
        best = score;
        best_state = static_cast<int>(c);
      }
    }
  } else {
    const size_t np = ncand(last - 1), nc = ncand(last);
    for (size_t p = 0; p < np; ++p) {
      for (size_t c = 0; c < nc; ++c) {
        const size_t s = c * np + p;
        const float score =
            final_states[s].score + Trans(cand(last - 1, p).tag, cand(last, c).tag, boundary);
        if (score > best) {
          best = score;
          best_state = static_cast<int>(s);
        }
      }
    }
  }
  // The festival tag set has no PRP$ and WP$: possessive determiners are told apart as the
  // tags are traced back. ("her" is one before a noun or adjective: the model's tag of the
  // word after it, before that word was told apart in turn.)
  Pos* const tag = tags->data();
  Pos model_tag_after = Pos::kCount;  // of word i + 1; none after the last
  for (size_t i = last + 1; i-- > 0;) {
    const size_t c = i == 0 ? best_state : best_state / ncand(i - 1);
    const Pos model_tag = kFestivalTags[cand(i, c).tag].pos;
    best_state = cell[lw[i].first_state + best_state].back;
    const std::string_view w = word[i];
    Pos t = model_tag;
    if (model_tag == Pos::kPRP &&
        (w == "his" || w == "its" || w == "their" || w == "my" || w == "our" || w == "your" ||
         (w == "her" && (IsNoun(model_tag_after) || model_tag_after == Pos::kJJ)))) {
      t = Pos::kPRPS;
    } else if (w == "whose") {
      t = Pos::kWPS;
    }
    tag[i] = t;
    model_tag_after = model_tag;
  }
  RetagPastTenses(words, tags);
  RetagNounsAfterDeterminers(words, tags);
  RetagOpeningPlurals(words, tags);
  RetagVerblessClauses(words, tags);
  RetagCoordinatedPasts(words, tags);
}

namespace {

// Verbs whose past tense is spelt like their base ("cut", "set"), which the trigram model
// reads as nouns after a noun: the two passes below retag them.
bool IsPastLikeBase(std::string_view w) {
  static constexpr std::string_view kForms[] = {"cut",  "hit",    "shut",  "put",  "set",
                                                "let",  "quit",   "hurt",  "shed", "split",
                                                "cast", "spread", "upset", "burst"};
  return std::find(std::begin(kForms), std::end(kForms), w) != std::end(kForms);
}

}  // namespace

// "Protesters defied a curfew and set fire to parliament", "shelled the town and cut power":
// a verb whose past is spelt like its base, after "and" in a clause whose verb is in the past
// tense, is that tense's second verb; the trigram model, seeing a noun before "and", reads it
// as a noun. (Not before "of": "a ban and set of rules".)
void Tagger::RetagCoordinatedPasts(const std::vector<std::string_view>& words,
                                   std::vector<Pos>* tags) {
  Pos* const tag = tags->data();
  const size_t n = tags->size();
  for (size_t i = 2; i + 1 < n; ++i) {
    // (A base form the model chose is left: it is matched as a verb all the same, and the
    // dating of coordinated predicates reads it as one sharing the first verb's tense.)
    if (words[i - 1] != "and" || tag[i] != Pos::kNN) continue;
    if (!IsPastLikeBase(words[i])) continue;
    const Pos next = tag[i + 1];
    if (words[i + 1] == "of" ||
        !(IsNoun(next) || next == Pos::kDT || next == Pos::kPRPS || next == Pos::kJJ ||
          next == Pos::kCD || next == Pos::kRP || next == Pos::kPRP)) {
      continue;
    }
    // The conjunct before "and", back to the clause's start, must have a past-tense verb.
    for (size_t k = i - 1; k-- > 0;) {
      if (words[k] == "," || words[k] == ";" || words[k] == ":" || words[k] == "--") break;
      if (tag[k] == Pos::kVBD) {
        tag[i] = Pos::kVBD;
        break;
      }
    }
  }
}

// A sentence's first word read as a verb in "-s" before a preposition or a past tense is a
// plural noun, its subject: "Crowds in the capital cheered", "Talks ended" (a sentence does
// not open with a third-person verb).
void Tagger::RetagOpeningPlurals(const std::vector<std::string_view>& words,
                                 std::vector<Pos>* tags) {
  Pos* const tag = tags->data();
  const size_t n = tags->size();
  if (n < 2) return;
  if (tag[0] == Pos::kVBZ && words[0].size() >= 3 && words[0].back() == 's' &&
      (tag[1] == Pos::kIN || tag[1] == Pos::kVBD)) {
    tag[0] = Pos::kNNS;
    return;
  }
  // "NATO ambassadors held an emergency meeting", "UN inspectors visited the site": after the
  // names that open a sentence, a word in "-s" read as a verb before a past form with an
  // object is the plural noun they modify, and the past form is the sentence's verb. (A verb
  // in "-s" with a participle after it is an auxiliary or a link: "has held", "seems
  // determined to".)
  size_t i = 0;
  while (i < n && (tag[i] == Pos::kNNP || tag[i] == Pos::kNNPS || tag[i] == Pos::kJJ ||
                   (i == 0 && tag[i] == Pos::kDT))) {
    ++i;
  }
  if (i == 0 || i + 2 >= n || tag[i] != Pos::kVBZ || words[i].size() < 4 ||
      words[i].back() != 's' || !(tag[i + 1] == Pos::kVBN || tag[i + 1] == Pos::kVBD)) {
    return;
  }
  static constexpr std::string_view kLinks[] = {"has",   "is",      "was",     "does",    "gets",
                                                "seems", "remains", "appears", "becomes", "looks",
                                                "feels", "stays",   "keeps",   "goes",    "comes"};
  for (std::string_view link : kLinks) {
    if (words[i] == link) return;
  }
  const Pos object = tag[i + 2];
  if (object == Pos::kDT || object == Pos::kPRPS || object == Pos::kCD || object == Pos::kJJ ||
      IsNoun(object)) {
    tag[i] = Pos::kNNS;
    tag[i + 1] = Pos::kVBD;
  }
}

// A verb's base or present form right after a possessive or an article is a noun: "its
// supply of drones", "their return", "the attacks" (the model, from the trigram alone, reads
// some such words as verbs after "its").
void Tagger::RetagNounsAfterDeterminers(const std::vector<std::string_view>& words,
                                        std::vector<Pos>* tags) {
  Pos* const tag = tags->data();
  const size_t n = tags->size();
  for (size_t i = 1; i < n; ++i) {
    // (The word's tag first: most words are no such verb, and need no look at the one before.)
    const Pos verb = tag[i];
    if (verb != Pos::kVB && verb != Pos::kVBP && verb != Pos::kVBZ) continue;
    const Pos before = tag[i - 1];
    const bool determiner = before == Pos::kPRPS ||
                            (before == Pos::kDT && (words[i - 1] == "the" || words[i - 1] == "a" ||
                                                    words[i - 1] == "an"));
    if (!determiner) continue;
    tag[i] = verb == Pos::kVBZ ? Pos::kNNS : Pos::kNN;
  }
}

// The trigram model reads a past form after a noun as a participle more often than news
// writes one ("Opposition supporters clashed with police", "A French court banned Le Pen":
// VBN, as in "people killed in the attack"). A participle with no auxiliary or other verb
// before it in its sentence, right after its subject, and no verb after it in its clause to
// be the main one, is the sentence's verb in the past tense.
void Tagger::RetagPastTenses(const std::vector<std::string_view>& words, std::vector<Pos>* tags) {
  Pos* const tag = tags->data();
  const size_t n = tags->size();
  for (size_t i = 1; i < n; ++i) {
    if (tag[i] != Pos::kVBN) continue;
    size_t s = i - 1;
    while (s > 0 && tag[s] == Pos::kRB) --s;  // "later backed down"
    const Pos subject = tag[s];
    if (!(IsNoun(subject) || subject == Pos::kPRP || subject == Pos::kCD)) continue;
    bool verb_before = false;
    for (size_t k = 0; k < s && !verb_before; ++k) {
      verb_before = IsVerb(tag[k]) || tag[k] == Pos::kMD;
    }
    if (verb_before) continue;
    bool verb_after = false;
    for (size_t k = i + 1; k < n && !verb_after; ++k) {
      if (words[k] == "," || words[k] == ";" || words[k] == ":" || words[k] == "--") break;
      verb_after =
          tag[k] == Pos::kVBD || tag[k] == Pos::kVBZ || tag[k] == Pos::kVBP || tag[k] == Pos::kMD;
    }
    if (!verb_after) tag[i] = Pos::kVBD;
  }
}

// "The government cut internet access", "Iran's army hit targets in Iraq": a verb whose past
// form is its base, read as a noun of a compound after its subject, is the clause's verb when
// the clause has no other verb and an object follows it ("a tax cut bill passed" has one).
void Tagger::RetagVerblessClauses(const std::vector<std::string_view>& words,
                                  std::vector<Pos>* tags) {
  Pos* const tag = tags->data();
  const size_t n = tags->size();
  auto clause_end = [&](size_t k) {
    return words[k] == "," || words[k] == ";" || words[k] == ":" || words[k] == "--" ||
           tag[k] == Pos::kPunct || tag[k] == Pos::kCC || tag[k] == Pos::kWDT || tag[k] == Pos::kWP;
  };
  for (size_t i = 1; i + 1 < n; ++i) {
    // (Its own tag first: most words are no noun, and need none of the tests after.)
    if (tag[i] != Pos::kNN) continue;
    // (The subject's head may be read as an adjective after its owner: "Israel's military".)
    const bool subject_before =
        IsNoun(tag[i - 1]) || (tag[i - 1] == Pos::kJJ && i >= 2 && tag[i - 2] == Pos::kPOS);
    if (!subject_before || !IsPastLikeBase(words[i])) continue;
    const Pos object = tag[i + 1];
    if (!(object == Pos::kDT || object == Pos::kPRPS || object == Pos::kCD || object == Pos::kJJ ||
          object == Pos::kRP || IsNoun(object) || words[i + 1] == "off" ||
          words[i + 1] == "down")) {
      continue;
    }
    // (A finite verb: "fighting", "to restore" are no clause's own. After the word, only up to
    // a subordinate clause: "as fighting intensified" is another's.)
    static constexpr std::string_view kSubordinators[] = {
        "as",    "after", "before", "while",    "when", "because", "since",
        "until", "if",    "though", "although", "that", "amid",    "saying"};
    // The clause's start, looked for back from the word by the few that get here, not kept up
    // at every word (what ends a clause is a word or a tag this pass never sets or clears).
    size_t begin = i;
    while (begin > 0 && !clause_end(begin - 1)) --begin;
    bool verb = false;
    for (size_t k = begin; k < n && !verb; ++k) {
      if (k > i && (clause_end(k) || std::find(std::begin(kSubordinators), std::end(kSubordinators),
                                               words[k]) != std::end(kSubordinators))) {
        break;
      }
      // (Nor an owner's "'s" the model took for "is".)
      verb =
          k != i && words[k] != "'s" &&
          (tag[k] == Pos::kVBD || tag[k] == Pos::kVBZ || tag[k] == Pos::kVBP || tag[k] == Pos::kMD);
    }
    if (!verb) tag[i] = Pos::kVBD;
  }
}

}  // namespace dyad::text
