#include "lexicon/tabari_import.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "lexicon/inflect.h"
#include "lexicon/lexicon.h"
#include "text/date.h"
#include "text/tokenizer.h"

namespace dyad::lexicon {
namespace {

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A line of a dictionary with its comment removed. TABARI comments run from `;`; PETRARCH's
// from a `#` at the start or after a blank. Neither counts inside `[...]`, where `[###]` is a
// code, not a comment.
struct Line {
  std::string_view text;  // trimmed
  int number = 0;
};

std::vector<Line> SplitLines(std::string_view content) {
  std::vector<Line> out;
  int number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!raw.empty() && (raw[0] == '#' || raw[0] == '/')) continue;
    int depth = 0;
    size_t end = raw.size();
    for (size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c == '[')
        ++depth;
      else if (c == ']' && depth > 0)
        --depth;
      else if (depth == 0 && c == ';')
        end = i;
      else if (depth == 0 && c == '#' && (i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '\t')) {
        end = i;
      }
      if (end != raw.size()) break;
    }
    std::string_view text = Trim(raw.substr(0, end));
    if (!text.empty()) out.push_back({text, number});
  }
  return out;
}

// A line cut into the text outside brackets, the `[...]` codes and the `{...}` groups.
struct Parts {
  std::string phrase;
  std::vector<std::string> codes;
  std::vector<std::string> braces;
};

Status SplitParts(std::string_view s, const std::string& where, bool keep_braces, Parts* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[' || (c == '{' && !keep_braces)) {
      char close = c == '[' ? ']' : '}';
      size_t e = s.find(close, i + 1);
      if (e == std::string_view::npos) {
        return Status::Corruption(where + ": unbalanced '" + std::string(1, c) + "'");
      }
      std::string inner(Trim(s.substr(i + 1, e - i - 1)));
      (c == '[' ? out->codes : out->braces).push_back(std::move(inner));
      i = e;
      continue;
    }
    if (c == ']' || (c == '}' && !keep_braces)) {
      return Status::Corruption(where + ": unbalanced '" + std::string(1, c) + "'");
    }
    out->phrase.push_back(c);
  }
  out->phrase = std::string(Trim(out->phrase));
  return Status::OK();
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string RemoveBlanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

// An actor code with its date restriction: "USAGOV 991201-010114", "HOB < 950601", "- - -".
struct CodeSpec {
  std::string code;
  std::string from, to;  // YYYY-MM-DD or empty (open)
  bool dated = false;
};

Status ParseCodeSpec(std::string_view spec, const std::string& where, CodeSpec* out) {
  std::string compact = RemoveBlanks(spec);
  std::string rest;
  if (StartsWith(compact, "---")) {
    out->code = "---";
    rest = compact.substr(3);
  } else {
    size_t e = spec.find_first_of(" \t<>");
    out->code = std::string(spec.substr(0, e));
    rest = e == std::string_view::npos ? "" : RemoveBlanks(spec.substr(e));
    if (out->code.empty() || (AllDigits(RemoveBlanks(out->code).substr(0, 6)) &&
                              out->code.find('-') != std::string::npos)) {
      return Status::Corruption(where + ": '[" + std::string(spec) + "]' has no code");
    }
  }
  if (rest.empty()) return Status::OK();
  out->dated = true;
  auto date = [&](std::string_view d, std::string* iso) {
    *iso = TabariDateToIso(d);
    return !iso->empty();
  };
  bool ok;
  if (rest[0] == '<') {
    ok = date(std::string_view(rest).substr(1), &out->to);
  } else if (rest[0] == '>') {
    ok = date(std::string_view(rest).substr(1), &out->from);
  } else {
    size_t dash = rest.find('-');
    if (dash == std::string::npos) {
      ok = false;
    } else {
      std::string_view a = std::string_view(rest).substr(0, dash);
      std::string_view b = std::string_view(rest).substr(dash + 1);
      ok = (a.empty() || date(a, &out->from)) && (b.empty() || date(b, &out->to)) &&
           !(a.empty() && b.empty());
    }
  }
  if (!ok) {
    return Status::Corruption(where + ": bad date restriction '" + rest +
                              "' (want <D, >D or D1-D2 with D as YYMMDD or YYYYMMDD)");
  }
  return Status::OK();
}

// Words of an actor or agent phrase: `_` and blanks join words, a final `_` or `=` makes the
// last word exact, `~` skips the character after it, a hyphen at a word's end is a joiner.
struct PhraseWords {
  std::vector<std::string> words;
  bool exact = false;   // the last word is not a prefix stem
  bool spaced = false;  // a blank joins two words (TABARI lets words be skipped there)
};

PhraseWords SplitPhrase(std::string_view s) {
  PhraseWords p;
  std::string cur;
  bool last_exact = false, pending_blank = false;
  auto finish = [&]() {
    while (!cur.empty() && cur.back() == '-') {
      cur.pop_back();
      last_exact = true;
    }
    if (!cur.empty()) {
      if (pending_blank && !p.words.empty()) p.spaced = true;
      p.words.push_back(cur);
      pending_blank = false;
    }
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_' || c == '=') {
      finish();
      last_exact = true;
    } else if (c == '~') {
      finish();
      last_exact = false;
      ++i;
    } else if (c == ' ' || c == '\t') {
      finish();
      pending_blank = true;
    } else {
      cur.push_back(c);
      last_exact = false;
    }
  }
  finish();
  p.exact = last_exact;
  return p;
}

bool IsShortCaps(std::string_view w) { return text::IsShortAcronym(w); }

// The dyad phrases for a TABARI phrase. TABARI upper-cases everything; dyad matches
// case-insensitively except that two- and three-letter capitals are acronyms ("US" is not "us").
// A one-word phrase of that shape stays an acronym; in longer phrases ("AL GORE") a short word
// is more often a name part, so the phrase is also added in lower case.
std::vector<std::string> DyadPhrases(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  if (words.empty()) return out;
  std::string keep, lower;
  bool any_caps = false;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) {
      keep += ' ';
      lower += ' ';
    }
    if (IsShortCaps(words[i])) {
      keep += words[i];
      any_caps = true;
    } else {
      keep += Lower(words[i]);
    }
    lower += Lower(words[i]);
  }
  out.push_back(keep);
  if (any_caps && words.size() > 1) out.push_back(lower);
  return out;
}

// TABARI matches an unterminated last word as a prefix: `IRAN` also finds IRANIAN, `ARGENTIN`
// ARGENTINA. dyad matches whole words, so country entries get the usual demonym endings added;
// a form that never occurs in text costs nothing.
void AddStemForms(const std::vector<std::string>& words, std::vector<std::string>* phrases) {
  const std::string& last = words.back();
  if (last.size() < 4 || !std::all_of(last.begin(), last.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c));
      })) {
    return;
  }
  std::string head;
  for (size_t i = 0; i + 1 < words.size(); ++i) head += Lower(words[i]) + " ";
  static const char* kEndings[] = {"a", "an", "ia", "ian", "ese", "i", "e", "n"};
  for (const char* e : kEndings) phrases->push_back(head + Lower(last) + e);
}

// Entries of actor and agent files: a phrase line, `+` synonyms, and code lines.
struct Entry {
  std::vector<PhraseWords> phrases;
  std::vector<std::string> braces;  // agents: plural forms
  std::vector<std::string> codes;
  int line = 0;
};

// Reads the entries of an actor or agent file. `on_other` sees lines that are neither (agent
// substitutions); it returns true when it took the line.
template <typename OnOther>
Status ReadEntries(std::string_view content, const std::string& path, ImportReport* report,
                   OnOther on_other, std::vector<Entry>* out) {
  bool in_list = false;  // inside <NOUN> ... </NOUN> or <ADJECTIVE> ... </ADJECTIVE>
  for (const Line& l : SplitLines(content)) {
    std::string_view s = l.text;
    const std::string where = Where(path, l.number);
    if (s[0] == '~') break;  // ~~FINISH: the rest is the dictionary's tail comments
    if (s[0] == '<') {
      in_list = s.size() > 1 && s[1] != '/';
      continue;
    }
    if (in_list) {
      report->Note("word list entry (<NOUN>, <ADJECTIVE>) without a code");
      continue;
    }
    bool handled = false;
    Status st = on_other(s, where, &handled);
    if (!st.ok()) return st;
    if (handled) continue;
    Parts parts;
    if (!(st = SplitParts(s, where, /*keep_braces=*/false, &parts)).ok()) return st;
    if (s[0] == '[') {
      if (out->empty()) return Status::Corruption(where + ": code line before any phrase");
      for (auto& c : parts.codes) out->back().codes.push_back(std::move(c));
      continue;
    }
    bool synonym = s[0] == '+';
    if (synonym && out->empty()) return Status::Corruption(where + ": synonym before any phrase");
    if (!synonym) {
      out->emplace_back();
      out->back().line = l.number;
    }
    Entry& e = out->back();
    std::string_view phrase = parts.phrase;
    if (synonym) phrase.remove_prefix(1);
    if (phrase.find('&') != std::string_view::npos) {
      report->Note("phrase with '&' (TABARI rejects it)");
      continue;
    }
    PhraseWords words = SplitPhrase(phrase);
    if (words.words.empty()) return Status::Corruption(where + ": entry has no phrase");
    e.phrases.push_back(std::move(words));
    for (auto& b : parts.braces) e.braces.push_back(std::move(b));
    for (auto& c : parts.codes) e.codes.push_back(std::move(c));
  }
  return Status::OK();
}

// ---------------------------------------------------------------- verb patterns

struct Elem {
  enum class Kind { kWord, kVerb, kSource, kTarget, kCompound, kSkip, kAttrib, kSynset, kGroup };
  Kind kind = Kind::kWord;
  std::string text;                     // kWord: the word, lower case; kSynset: the set's name
  bool no_endings = false;              // kWord ending in '='
  bool verb_mark = false;               // PETRARCH `+WORD`: the verb word of a multi-word verb
  bool gap_after = false;               // words may be skipped before the next element
  std::vector<std::vector<Elem>> alts;  // kGroup: `{ A | B }`
};

// Lexes a pattern or verb phrase. Connectors: a blank lets words be skipped, `_` (or `~x`)
// joins adjacent words. In a verb line (`root`), `+WORD` marks the verb word.
bool LexPattern(std::string_view s, bool root, std::vector<Elem>* out, std::string* error) {
  bool pending_blank = false, force_adjacent = false, verb_mark = false;
  auto push = [&](Elem e) {
    if (!out->empty()) out->back().gap_after = pending_blank && !force_adjacent;
    pending_blank = force_adjacent = false;
    out->push_back(std::move(e));
  };
  auto simple = [&](Elem::Kind k) {
    Elem e;
    e.kind = k;
    push(std::move(e));
  };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == ',') {
      pending_blank = true;
      ++i;
    } else if (c == '_') {
      ++i;
    } else if (c == '~') {
      force_adjacent = true;
      i += 2;
    } else if (c == '*') {
      simple(Elem::Kind::kVerb);
      ++i;
    } else if (c == '$') {
      simple(Elem::Kind::kSource);
      ++i;
    } else if (c == '+') {
      if (root && i + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[i + 1]))) {
        verb_mark = true;
      } else {
        simple(Elem::Kind::kTarget);
      }
      ++i;
    } else if (c == '%') {
      simple(Elem::Kind::kCompound);
      ++i;
    } else if (c == '^') {
      simple(Elem::Kind::kSkip);
      ++i;
    } else if (c == '@') {
      simple(Elem::Kind::kAttrib);
      ++i;
    } else if (c == '=') {
      if (!out->empty()) out->back().no_endings = true;
      ++i;
    } else if (c == '&') {
      size_t e = i + 1;
      while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
      if (e == i + 1) {
        *error = "'&' without a synset name";
        return false;
      }
      Elem el;
      el.kind = Elem::Kind::kSynset;
      el.text = Lower(s.substr(i + 1, e - i - 1));
      push(std::move(el));
      i = e;
    } else if (c == '{') {
      size_t e = s.find('}', i + 1);
      if (e == std::string_view::npos) {
        *error = "unbalanced '{'";
        return false;
      }
      std::string_view inner = s.substr(i + 1, e - i - 1);
      Elem group;
      group.kind = Elem::Kind::kGroup;
      const bool alternatives = inner.find('|') != std::string_view::npos;
      size_t start = 0;
      while (start <= inner.size()) {
        size_t bar = inner.find('|', start);
        if (bar == std::string_view::npos) bar = inner.size();
        std::vector<Elem> alt;
        if (!LexPattern(inner.substr(start, bar - start), false, &alt, error)) return false;
        // PETRARCH `{FINANCIAL AID}` is one noun phrase: its words are adjacent.
        if (!alternatives) {
          for (Elem& a : alt) a.gap_after = false;
        }
        if (!alt.empty()) {
          alt.back().gap_after = false;
          group.alts.push_back(std::move(alt));
        }
        start = bar + 1;
      }
      if (!group.alts.empty()) push(std::move(group));
      i = e + 1;
    } else if (c == '}' || c == '|' || c == '[' || c == ']') {
      *error = std::string("unexpected '") + c + "'";
      return false;
    } else {
      size_t e = i;
      while (e < s.size() &&
             std::string_view(" \t_~*$%^@&{}|()=,[]").find(s[e]) == std::string_view::npos &&
             !(s[e] == '+' && e > i)) {
        ++e;
      }
      Elem w;
      w.text = Lower(s.substr(i, e - i));
      while (!w.text.empty() && w.text.back() == '-') w.text.pop_back();  // "ANTI-"
      w.verb_mark = verb_mark;
      verb_mark = false;
      i = e;
      if (w.text.empty()) continue;
      push(std::move(w));
    }
  }
  return true;
}

// Flattens `{ A | B }` groups into one sequence per choice (at most `limit`).
void Expand(const std::vector<Elem>& seq, size_t k, std::vector<Elem>* prefix,
            std::vector<std::vector<Elem>>* out, size_t limit) {
  if (out->size() >= limit) return;
  if (k == seq.size()) {
    out->push_back(*prefix);
    return;
  }
  const Elem& e = seq[k];
  if (e.kind != Elem::Kind::kGroup) {
    prefix->push_back(e);
    Expand(seq, k + 1, prefix, out, limit);
    prefix->pop_back();
    return;
  }
  for (const auto& alt : e.alts) {
    size_t mark = prefix->size();
    // An alternative may itself hold a group (rare); expand it first.
    std::vector<std::vector<Elem>> inner;
    std::vector<Elem> scratch;
    Expand(alt, 0, &scratch, &inner, limit);
    for (auto& choice : inner) {
      if (!choice.empty()) choice.back().gap_after = e.gap_after;
      prefix->insert(prefix->end(), choice.begin(), choice.end());
      Expand(seq, k + 1, prefix, out, limit);
      prefix->resize(mark);
    }
  }
}

constexpr size_t kMaxExpansions = 64;

struct VerbEntry {
  std::vector<std::string> lemma_items;            // dyad items for the verb as written
  std::vector<std::vector<std::string>> variants;  // every way to write the verb
  std::string code;                                // its own code; empty: the block's
  int line = 0;
};

struct PatternEntry {
  std::vector<Elem> elems;
  std::string code;
  int line = 0;
};

class VerbReader {
 public:
  VerbReader(const std::string& path, std::vector<DictBlock>* out, ImportReport* report)
      : path_(path), out_(out), report_(report) {}

  Status Read(std::string_view content);

 private:
  enum class Section { kNone, kSynsets, kSkipped };

  Status Flush();
  Status AddVerb(std::string_view s, int line);
  Status AddForms(std::string_view forms, int line);
  Status AddSynsetMember(std::string_view s, int line);
  // Maps a verb code; empty when it produces nothing.
  std::string MapCode(std::string raw);
  void Emit(const std::string& code, const std::string& pattern, int line);
  // The dyad text of one flat sequence, or false with the reason it cannot be mapped.
  bool ToDyad(const std::vector<Elem>& flat, const std::vector<std::string>& verb,
              std::string* text, std::string* reason) const;

  const std::string& path_;
  std::vector<DictBlock>* out_;
  ImportReport* report_;
  Inflector inflector_;

  // The current group: one TABARI root, or a PETRARCH `--- NAME [CODE] ---` block.
  bool in_group_ = false;
  bool block_ = false;
  bool skip_group_ = false;
  std::string block_code_;
  std::vector<VerbEntry> verbs_;
  std::vector<PatternEntry> patterns_;
  std::set<std::string> roots_seen_;

  std::string synset_;  // the synset whose members are being read
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::vector<std::string> synset_order_;
  std::unordered_map<std::string, size_t> code_block_;
};

std::string VerbReader::MapCode(std::string raw) {
  std::string c = RemoveBlanks(raw);
  if (c.empty() || c == "---") return "";
  if (c == "###" || c == "+++") {
    report_->Note("'###' discard or '+++' complex code");
    return "";
  }
  if (size_t colon = c.find(':'); colon != std::string::npos) {
    report_->Note("paired code 'A:B' (the reverse event B is dropped)");
    c = c.substr(0, colon);
  }
  if (size_t slash = c.find('/'); slash != std::string::npos) {
    report_->Note("issue codes after '/' dropped");
    c = c.substr(0, slash);
  }
  if (!c.empty() && c.back() == '?') {
    report_->Note("subordinate '?' marker ignored");
    c.pop_back();
  }
  if (!c.empty() && c.back() == '!') {
    report_->Note("dominant '!' marker ignored");
    c.pop_back();
  }
  if (c.empty() || !std::all_of(c.begin(), c.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch));
      })) {
    report_->Note("unusable code");
    return "";
  }
  return c;
}

void VerbReader::Emit(const std::string& code, const std::string& pattern, int line) {
  auto [it, inserted] = code_block_.try_emplace(code, out_->size());
  if (inserted) {
    DictBlock b;
    b.kind = "code";
    b.head = code;
    b.line = line;
    out_->push_back(std::move(b));
  }
  DictLine l;
  l.value = pattern;
  l.line = line;
  (*out_)[it->second].lines.push_back(std::move(l));
  ++report_->entries;
}

bool VerbReader::ToDyad(const std::vector<Elem>& flat, const std::vector<std::string>& verb,
                        std::string* text, std::string* reason) const {
  std::vector<std::string> items;
  for (size_t k = 0; k < flat.size(); ++k) {
    const Elem& e = flat[k];
    switch (e.kind) {
      case Elem::Kind::kWord:
        items.push_back(e.text);
        break;
      case Elem::Kind::kVerb:
        items.insert(items.end(), verb.begin(), verb.end());
        break;
      case Elem::Kind::kSource:
        items.push_back("$");
        break;
      case Elem::Kind::kTarget:
        items.push_back("+");
        break;
      case Elem::Kind::kSynset:
        if (!synsets_.count(e.text)) {
          *reason = "unknown synset '&" + e.text + "'";
          return false;
        }
        items.push_back("@" + e.text);
        break;
      case Elem::Kind::kCompound:
        *reason = "'%' compound actor (pairwise events)";
        return false;
      case Elem::Kind::kSkip:
        *reason = "'^' skipped actor";
        return false;
      case Elem::Kind::kAttrib:
        *reason = "'@' attribution actor";
        return false;
      case Elem::Kind::kGroup:
        *reason = "nested group";
        return false;
    }
    if (e.gap_after && k + 1 < flat.size()) items.push_back("*");
  }
  text->clear();
  for (const std::string& it : items) {
    if (!text->empty()) *text += ' ';
    *text += it;
  }
  return true;
}

Status VerbReader::Flush() {
  if (!in_group_) return Status::OK();
  in_group_ = false;
  if (skip_group_) {
    report_->Note("duplicate verb root (TABARI skips it and its patterns)",
                  1 + static_cast<int>(patterns_.size()));
  } else {
    for (const VerbEntry& v : verbs_) {
      std::string code = MapCode(v.code.empty() ? block_code_ : v.code);
      if (code.empty()) continue;
      for (const auto& variant : v.variants) {
        std::string text;
        for (const std::string& it : variant) text += (text.empty() ? "" : " ") + it;
        Emit(code, text, v.line);
      }
    }
    for (const PatternEntry& p : patterns_) {
      std::vector<std::vector<Elem>> flats;
      std::vector<Elem> scratch;
      Expand(p.elems, 0, &scratch, &flats, kMaxExpansions);
      for (const VerbEntry& v : verbs_) {
        std::string raw = p.code.empty() ? (v.code.empty() ? block_code_ : v.code) : p.code;
        // A null pattern stops the shorter patterns it spans, in TABARI as in dyad (`code ---`).
        std::string code =
            RemoveBlanks(raw) == "---" ? std::string(VerbPattern::kNullCode) : MapCode(raw);
        if (code.empty()) continue;
        for (const auto& flat : flats) {
          for (const auto& variant : v.variants) {
            std::string text, reason;
            if (!ToDyad(flat, variant, &text, &reason)) {
              report_->Note(reason);
              continue;
            }
            Emit(code, text, p.line);
          }
        }
      }
    }
  }
  verbs_.clear();
  patterns_.clear();
  block_ = skip_group_ = false;
  block_code_.clear();
  return Status::OK();
}

Status VerbReader::AddVerb(std::string_view s, int line) {
  const std::string where = Where(path_, line);
  Parts parts;
  Status st = SplitParts(s, where, /*keep_braces=*/false, &parts);
  if (!st.ok()) return st;
  std::vector<Elem> elems;
  std::string error;
  if (!LexPattern(parts.phrase, /*root=*/true, &elems, &error)) {
    return Status::Corruption(where + ": " + error);
  }
  if (!block_) {
    // TABARI: each root opens its own group.
    Status f = Flush();
    if (!f.ok()) return f;
    in_group_ = true;
  }
  if (elems.empty()) return Status::Corruption(where + ": verb line without a verb");
  size_t verb = elems.size();
  std::string key;
  for (size_t k = 0; k < elems.size(); ++k) {
    if (elems[k].kind != Elem::Kind::kWord) {
      report_->Note("verb phrase with actor or synset markers");
      return Status::OK();
    }
    if (verb == elems.size() && elems[k].verb_mark) verb = k;
    key += elems[k].text + " ";
  }
  if (verb == elems.size()) verb = 0;
  if (!block_ && !roots_seen_.insert(key).second) {
    skip_group_ = true;
    return Status::OK();
  }
  VerbEntry v;
  v.line = line;
  v.code = parts.codes.empty() ? "" : parts.codes[0];
  if (parts.codes.size() > 1) report_->Note("extra codes on a verb line ignored");
  if (v.code.empty() && !block_) {
    report_->Note("verb root without a code");
    v.code = "---";
  }
  for (size_t k = 0; k < elems.size(); ++k) {
    const Elem& e = elems[k];
    // The verb word takes every inflection (<lemma>), unless '=' forbids endings; dyad's
    // tokenizer must see it as one word for that.
    if (k == verb && !e.no_endings && text::NormalizedWords(e.text).size() == 1) {
      v.lemma_items.push_back("<" + e.text + ">");
    } else {
      v.lemma_items.push_back(e.text);
    }
    if (e.gap_after && k + 1 < elems.size()) v.lemma_items.push_back("*");
  }
  v.variants.push_back(v.lemma_items);
  verbs_.push_back(std::move(v));
  for (const std::string& forms : parts.braces) {
    if (!(st = AddForms(forms, line)).ok()) return st;
  }
  return Status::OK();
}

// `{ BROKE_ BROKEN_ BROKEN_DOWN_ }`: other ways to write the last verb. Forms the verb's
// inflections already cover are not repeated.
Status VerbReader::AddForms(std::string_view forms, int line) {
  if (verbs_.empty()) {
    if (skip_group_) return Status::OK();
    return Status::Corruption(Where(path_, line) + ": verb forms before any verb");
  }
  VerbEntry& v = verbs_.back();
  std::vector<std::string> covered;
  for (const std::string& it : v.lemma_items) {
    if (it.size() > 2 && it.front() == '<') {
      covered = inflector_.VerbForms(it.substr(1, it.size() - 2));
      break;
    }
  }
  std::string cur;
  auto finish = [&]() {
    PhraseWords w = SplitPhrase(cur);
    cur.clear();
    if (w.words.empty()) return;
    std::vector<std::string> items;
    for (std::string& word : w.words) {
      if (!word.empty() && word[0] == '+') word.erase(0, 1);
      if (!word.empty()) items.push_back(Lower(word));
    }
    if (items.empty()) return;
    if (items.size() == 1 && std::find(covered.begin(), covered.end(), items[0]) != covered.end()) {
      return;
    }
    if (std::find(v.variants.begin(), v.variants.end(), items) == v.variants.end()) {
      v.variants.push_back(std::move(items));
    }
  };
  for (char c : forms) {
    if (c == ' ' || c == '\t' || c == ',')
      finish();
    else
      cur.push_back(c);
  }
  finish();
  return Status::OK();
}

Status VerbReader::AddSynsetMember(std::string_view s, int line) {
  std::vector<Elem> elems;
  std::string error;
  if (!LexPattern(s, false, &elems, &error)) {
    return Status::Corruption(Where(path_, line) + ": " + error);
  }
  std::vector<std::vector<Elem>> flats;
  std::vector<Elem> scratch;
  Expand(elems, 0, &scratch, &flats, kMaxExpansions);
  std::vector<std::string>& members = synsets_[synset_];
  for (const auto& flat : flats) {
    std::vector<std::string> phrases = {""};
    bool ok = true;
    for (const Elem& e : flat) {
      std::vector<std::string> parts;
      if (e.kind == Elem::Kind::kWord) {
        parts.push_back(e.text);
      } else if (e.kind == Elem::Kind::kSynset && synsets_.count(e.text) && e.text != synset_) {
        parts = synsets_[e.text];  // TABARI expands a set used in a set, one level deep
      } else {
        report_->Note(e.kind == Elem::Kind::kSynset ? "unknown synset in a synset"
                                                    : "synset member with an actor marker");
        ok = false;
        break;
      }
      std::vector<std::string> next;
      for (const std::string& p : phrases) {
        for (const std::string& q : parts) next.push_back(p.empty() ? q : p + " " + q);
      }
      phrases = std::move(next);
    }
    if (!ok) continue;
    for (std::string& p : phrases) {
      if (!p.empty()) members.push_back(std::move(p));
    }
  }
  return Status::OK();
}

Status VerbReader::Read(std::string_view content) {
  Section section = Section::kNone;
  for (const Line& l : SplitLines(content)) {
    std::string_view s = l.text;
    const std::string where = Where(path_, l.number);
    Status st;
    if (StartsWith(s, "~~")) break;
    if (s[0] == '~') {
      report_->Note("PETRARCH transformation ('~' line)");
      continue;
    }
    if (s[0] == '<') {
      std::string tag = Lower(s);
      if (tag == "<synsets>")
        section = Section::kSynsets;
      else if (tag[1] == '/')
        section = Section::kNone;
      else
        section = Section::kSkipped;
      synset_.clear();
      continue;
    }
    if (section == Section::kSkipped) {
      report_->Note("<TIME> or <ATTRIB> entry");
      continue;
    }
    if (s[0] == '&') {
      if (!(st = Flush()).ok()) return st;
      std::vector<Elem> e;
      std::string error;
      if (!LexPattern(s, false, &e, &error) || e.size() != 1 || e[0].kind != Elem::Kind::kSynset) {
        return Status::Corruption(where + ": bad synset header '" + std::string(s) + "'");
      }
      synset_ = e[0].text;
      if (!synsets_.count(synset_)) synset_order_.push_back(synset_);
      synsets_[synset_];
      continue;
    }
    if (s[0] == '+' && !synset_.empty()) {
      if (!(st = AddSynsetMember(s.substr(1), l.number)).ok()) return st;
      continue;
    }
    if (section == Section::kSynsets) {
      return Status::Corruption(where + ": line in <SYNSETS> is not '&NAME' or '+MEMBER'");
    }
    synset_.clear();
    if (StartsWith(s, "---")) {
      if (!(st = Flush()).ok()) return st;
      Parts parts;
      if (!(st = SplitParts(s, where, false, &parts)).ok()) return st;
      in_group_ = block_ = true;
      block_code_ = parts.codes.empty() ? "---" : parts.codes[0];
      continue;
    }
    if (s[0] == '-') {
      if (!in_group_) return Status::Corruption(where + ": pattern before any verb");
      Parts parts;
      if (!(st = SplitParts(s.substr(1), where, /*keep_braces=*/true, &parts)).ok()) return st;
      PatternEntry p;
      p.line = l.number;
      if (!parts.codes.empty()) p.code = parts.codes.back();
      std::string error;
      if (!LexPattern(parts.phrase, false, &p.elems, &error)) {
        return Status::Corruption(where + ": " + error);
      }
      if (std::none_of(p.elems.begin(), p.elems.end(),
                       [](const Elem& e) { return e.kind == Elem::Kind::kVerb; })) {
        report_->Note("pattern without '*'");
        continue;
      }
      patterns_.push_back(std::move(p));
      continue;
    }
    if (s[0] == '{') {
      if (!in_group_) return Status::Corruption(where + ": verb forms before any verb");
      Parts parts;
      if (!(st = SplitParts(s, where, false, &parts)).ok()) return st;
      for (const std::string& f : parts.braces) {
        if (!(st = AddForms(f, l.number)).ok()) return st;
      }
      continue;
    }
    if (!(st = AddVerb(s, l.number)).ok()) return st;
  }
  Status st = Flush();
  if (!st.ok()) return st;
  for (const std::string& name : synset_order_) {
    DictBlock b;
    b.kind = "synset";
    b.head = name;
    DictLine l;
    l.key = "name";
    for (const std::string& m : synsets_[name]) l.value += (l.value.empty() ? "" : " | ") + m;
    b.lines.push_back(std::move(l));
    out_->push_back(std::move(b));
  }
  return Status::OK();
}

std::string Extension(const std::string& path) {
  return Lower(std::filesystem::path(path).extension().string());
}

enum class DictRole { kActors, kAgents, kVerbs };

Status LoadAnyFormat(Lexicon* lex, const std::string& path, DictRole role, ImportReport* report) {
  ImportReport local;
  if (!report) report = &local;
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  std::vector<DictBlock> blocks;
  if (DetectDictFormat(path, content) == DictFormat::kDyad) {
    s = ParseDict(content, path, &blocks);
  } else {
    static const char* kExt[] = {".actors", ".agents", ".verbs"};
    static const char* kName[] = {"an actor", "an agent", "a verb"};
    const std::string ext = Extension(path);
    for (int r = 0; r < 3; ++r) {
      if (ext == kExt[r] && r != static_cast<int>(role)) {
        return Status::InvalidArgument(path + ": " + kName[r] + " dictionary, not " +
                                       kName[static_cast<int>(role)] + " dictionary");
      }
    }
    switch (role) {
      case DictRole::kActors:
        s = ReadTabariActors(content, path, &blocks, report);
        break;
      case DictRole::kAgents:
        s = ReadTabariAgents(content, path, &blocks, report);
        break;
      case DictRole::kVerbs:
        s = ReadTabariVerbs(content, path, &blocks, report);
        break;
    }
  }
  if (!s.ok()) return s;
  switch (role) {
    case DictRole::kActors:
      return lex->AddActorBlocks(blocks, path);
    case DictRole::kAgents:
      return lex->AddAgentBlocks(blocks, path);
    case DictRole::kVerbs:
      return lex->AddVerbBlocks(blocks, path);
  }
  return Status::OK();
}

}  // namespace

std::string ImportReport::Summary(const std::string& path) const {
  std::string s = path + ": " + std::to_string(entries) + " entries imported";
  if (unmapped.empty()) return s;
  s += "; not mapped:";
  bool first = true;
  for (const auto& [reason, n] : unmapped) {
    s += (first ? " " : ", ") + std::to_string(n) + " x " + reason;
    first = false;
  }
  return s;
}

std::string TabariDateToIso(std::string_view d) {
  if (!AllDigits(d) || (d.size() != 6 && d.size() != 8)) return "";
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  int year, month, day;
  if (d.size() == 6) {
    year = num(0, 2);
    year += year >= 69 ? 1900 : 2000;
    month = num(2, 2);
    day = num(4, 2);
  } else {
    year = num(0, 4);
    month = num(4, 2);
    day = num(6, 2);
  }
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > text::DaysInMonth(year, month)) {
    return "";
  }
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  return buf;
}

DictFormat DetectDictFormat(const std::string& path, std::string_view content) {
  const std::string ext = Extension(path);
  if (ext == ".dict") return DictFormat::kDyad;
  // dyad's own block headers are lower case at column 0; TABARI and PETRARCH phrases are upper
  // case, so the first entry tells them apart.
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    std::string_view t = Trim(line.substr(0, line.find('#')));
    if (t.empty()) continue;
    for (std::string_view kw : {"actor", "person", "group", "agent", "code", "synset"}) {
      if (StartsWith(line, kw) && line.size() > kw.size() &&
          (line[kw.size()] == ' ' || line[kw.size()] == '\t')) {
        return DictFormat::kDyad;
      }
    }
    break;
  }
  return ext == ".txt" ? DictFormat::kPetrarch : DictFormat::kTabari;
}

Status ReadTabariActors(std::string_view content, const std::string& path,
                        std::vector<DictBlock>* out, ImportReport* report) {
  ImportReport local;
  if (!report) report = &local;
  std::vector<Entry> entries;
  auto none = [](std::string_view, const std::string&, bool*) { return Status::OK(); };
  Status s = ReadEntries(content, path, report, none, &entries);
  if (!s.ok()) return s;
  for (const Entry& e : entries) {
    const std::string where = Where(path, e.line);
    std::vector<CodeSpec> roles;
    bool null_default = false;
    for (const std::string& raw : e.codes) {
      CodeSpec c;
      if (!(s = ParseCodeSpec(raw, where, &c)).ok()) return s;
      if (c.code == "---") {
        if (c.dated)
          report->Note("dated null code '[--- D]' (dyad has no null role)");
        else
          null_default = true;
        continue;
      }
      if (c.code == "###" || c.code == "+++") {
        report->Note("'###' discard or '+++' complex actor code");
        continue;
      }
      if (size_t slash = c.code.find('/'); slash != std::string::npos) {
        report->Note("compound actor code 'A/B' (first code kept)");
        c.code = c.code.substr(0, slash);
      }
      roles.push_back(std::move(c));
    }
    if (roles.empty() && !null_default) {
      if (e.codes.empty()) report->Note("actor entry without a code");
      continue;
    }
    std::vector<std::string> names;
    for (const PhraseWords& p : e.phrases) {
      if (p.spaced) report->Note("blank connector (TABARI may skip words) matched as adjacent");
      for (std::string& n : DyadPhrases(p.words)) names.push_back(std::move(n));
      if (!p.exact && roles.size() == 1 && !roles[0].dated && roles[0].code.size() == 3) {
        AddStemForms(p.words, &names);
      }
    }
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : " | ") + n;
    DictBlock b;
    b.line = e.line;
    DictLine name;
    name.key = "name";
    name.value = joined;
    name.line = e.line;
    if (roles.size() == 1 && !roles[0].dated) {
      b.kind = "actor";
      b.head = roles[0].code;
      b.lines.push_back(std::move(name));
    } else {
      // Codes that change with the date are what dyad's persons are; a null-coded entry is a
      // person with no role: recognised, never coded.
      b.kind = "person";
      b.head = names[0];
      b.lines.push_back(std::move(name));
      for (const CodeSpec& r : roles) {
        DictLine role;
        role.key = "role";
        role.line = e.line;
        role.value = r.code;
        if (r.dated) role.value += " " + r.from + ".." + r.to;
        b.lines.push_back(std::move(role));
      }
    }
    out->push_back(std::move(b));
    ++report->entries;
  }
  return Status::OK();
}

Status ReadTabariAgents(std::string_view content, const std::string& path,
                        std::vector<DictBlock>* out, ImportReport* report) {
  ImportReport local;
  if (!report) report = &local;
  // PETRARCH substitutions: `!PERSON! = MAN, MEN, WOMAN` at the top of the file.
  std::unordered_map<std::string, std::vector<std::string>> subst;
  auto define = [&](std::string_view s, const std::string& where, bool* handled) {
    if (s[0] != '!') return Status::OK();
    size_t close = s.find('!', 1), eq = s.find('=');
    if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
      return Status::Corruption(where + ": bad substitution (want '!NAME! = A, B')");
    }
    std::vector<std::string>& words = subst[std::string(s.substr(0, close + 1))];
    std::string cur;
    for (char c : s.substr(eq + 1)) {
      if (c == ',' || c == ' ' || c == '\t') {
        if (!cur.empty()) words.push_back(cur);
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) words.push_back(cur);
    *handled = true;
    return Status::OK();
  };
  std::vector<Entry> entries;
  Status s = ReadEntries(content, path, report, define, &entries);
  if (!s.ok()) return s;
  // "CATTLE!PERSON!" stands for each word of !PERSON!, glued on.
  auto expand = [&](const std::string& word, std::vector<std::string>* forms) {
    size_t a = word.find('!');
    if (a == std::string::npos) {
      forms->push_back(word);
      return true;
    }
    size_t b = word.find('!', a + 1);
    if (b == std::string::npos) return false;
    auto it = subst.find(word.substr(a, b - a + 1));
    if (it == subst.end()) return false;
    for (const std::string& w : it->second) {
      forms->push_back(word.substr(0, a) + w + word.substr(b + 1));
    }
    return true;
  };
  std::unordered_map<std::string, size_t> block_of;
  for (const Entry& e : entries) {
    if (e.codes.empty()) {
      report->Note("agent entry without a code");
      continue;
    }
    if (e.codes.size() > 1) report->Note("extra agent codes ignored");
    std::string code = RemoveBlanks(e.codes[0]);
    if (!code.empty() && code[0] == '~') {
      code.erase(0, 1);
    } else if (!code.empty() && code.back() == '~') {
      // "NGO~" prepends the agent: NGOISR. dyad appends agent codes (ISRNGO), which CAMEO
      // also reads as a country's NGO.
      report->Note("prefix agent code 'CODE~' appended instead");
      code.pop_back();
    } else {
      report->Note("agent code without '~' (TABARI skips it)");
      continue;
    }
    if (code.empty() || !std::all_of(code.begin(), code.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c));
        })) {
      report->Note("unusable agent code");
      continue;
    }
    std::vector<std::string> names;
    auto add = [&](const std::vector<std::string>& words) {
      // Expand a substitution in any word; phrases rarely hold more than one.
      std::vector<std::vector<std::string>> phrases = {{}};
      for (const std::string& w : words) {
        std::vector<std::string> forms;
        if (!expand(w, &forms)) return false;
        std::vector<std::vector<std::string>> next;
        for (const auto& p : phrases) {
          for (const std::string& f : forms) {
            next.push_back(p);
            next.back().push_back(f);
          }
        }
        phrases = std::move(next);
      }
      for (const auto& p : phrases) {
        std::vector<std::string> lower;
        for (const std::string& w : p) lower.push_back(Lower(w));
        // Agent nouns are common nouns: no acronym case rule except for a lone "MP".
        for (std::string& n : DyadPhrases(p.size() == 1 ? p : lower)) names.push_back(n);
      }
      return true;
    };
    bool ok = true;
    for (const PhraseWords& p : e.phrases) ok = ok && add(p.words);
    for (const std::string& b : e.braces) {
      if (Trim(b).empty()) {
        report->Note("'{}' no-plural marker ignored (dyad adds regular plurals)");
        continue;
      }
      std::string cur;
      for (char c : b + " ") {
        if (c == ' ' || c == '\t' || c == ',') {
          if (!cur.empty()) ok = ok && add(SplitPhrase(cur).words);
          cur.clear();
        } else {
          cur.push_back(c);
        }
      }
    }
    if (!ok) {
      report->Note("unknown '!NAME!' substitution");
      continue;
    }
    auto [it, inserted] = block_of.try_emplace(code, out->size());
    if (inserted) {
      DictBlock b;
      b.kind = "agent";
      b.head = code;
      b.line = e.line;
      out->push_back(std::move(b));
    }
    DictLine l;
    l.key = "name";
    l.line = e.line;
    for (const std::string& n : names) l.value += (l.value.empty() ? "" : " | ") + n;
    (*out)[it->second].lines.push_back(std::move(l));
    ++report->entries;
  }
  return Status::OK();
}

Status ReadTabariVerbs(std::string_view content, const std::string& path,
                       std::vector<DictBlock>* out, ImportReport* report) {
  ImportReport local;
  VerbReader reader(path, out, report ? report : &local);
  return reader.Read(content);
}

Status AddActorFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report) {
  return LoadAnyFormat(lex, path, DictRole::kActors, report);
}

Status AddAgentFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report) {
  return LoadAnyFormat(lex, path, DictRole::kAgents, report);
}

Status AddVerbFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report) {
  return LoadAnyFormat(lex, path, DictRole::kVerbs, report);
}

}  // namespace dyad::lexicon
