#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include "lexicon/dict_file.h"
#include "lexicon/inflect.h"
#include "lexicon/tabari_import.h"
#include "text/tokenizer.h"

namespace dyad::lexicon {
namespace fs = std::filesystem;

const std::string& ActorEntry::CodeOn(const text::Date& date) const {
  bool dated = false;
  return CodeOn(date, &dated);
}

const std::string& ActorEntry::CodeOn(const text::Date& date, bool* dated) const {
  *dated = false;
  if (kind != Kind::kPerson) return code;
  const Role* fallback = nullptr;
  for (const Role& r : roles) {
    if (!r.from.valid() && !r.to.valid()) {
      if (!fallback) fallback = &r;
      continue;
    }
    if (!date.valid()) continue;
    if (r.from.valid() && date.Compare(r.from) < 0) continue;
    if (r.to.valid() && date.Compare(r.to) > 0) continue;
    *dated = true;
    return r.code;
  }
  static const std::string kNoRole;
  return fallback ? fallback->code : kNoRole;
}

size_t PhraseTrie::EdgeSlot(uint32_t node, uint32_t id) const {
  const uint64_t key = Key(node, id);
  const size_t mask = edges_.size() - 1;
  for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
    if (edges_[i].key == key || edges_[i].key == 0) return i;
  }
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t id) const {
  return edges_[EdgeSlot(node, id)].child;  // an empty slot's child is 0
}

void PhraseTrie::GrowEdges() {
  std::vector<Edge> old = std::move(edges_);
  edges_.assign(old.size() * 2, Edge());
  const size_t mask = edges_.size() - 1;
  for (const Edge& e : old) {
    if (e.key == 0) continue;
    size_t i = Slot(e.key, mask);
    while (edges_[i].key != 0) i = (i + 1) & mask;
    edges_[i] = e;
  }
}

bool PhraseTrie::Add(const std::vector<uint32_t>& ids, uint32_t value) {
  if (ids.empty()) return false;
  if (ids[0] != text::Vocabulary::kUnknown) {
    // Marked even if the phrase is rejected below: a superset of the first words is enough.
    if (ids[0] / 64 >= first_words_.size()) first_words_.resize(ids[0] / 64 + 1, 0);
    first_words_[ids[0] / 64] |= uint64_t{1} << (ids[0] % 64);
  }
  uint32_t node = 0, parent = 0;
  for (size_t k = 0; k < ids.size(); ++k) {
    const uint32_t id = ids[k];
    if (id == text::Vocabulary::kUnknown) return false;
    if (k > 0) {
      if (id / 64 >= later_words_.size()) later_words_.resize(id / 64 + 1, 0);
      later_words_[id / 64] |= uint64_t{1} << (id % 64);
    }
    uint32_t child = Child(node, id);
    if (child == 0) {
      if ((edge_count_ + 1) * 2 > edges_.size()) GrowEdges();
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      edges_[EdgeSlot(node, id)] = {Key(node, id), child, UINT32_MAX};
      ++edge_count_;
      if (node == 0) {
        if (id >= root_edges_.size()) root_edges_.resize(id + 1);
        root_edges_[id].child = child;
      }
    }
    parent = node;
    node = child;
  }
  if (nodes_[node].value != UINT32_MAX) return false;
  nodes_[node].value = value;
  edges_[EdgeSlot(parent, ids.back())].value = value;
  if (parent == 0) root_edges_[ids.back()].value = value;
  ++phrases_;
  return true;
}

uint32_t PhraseTrie::LongerMatch(uint32_t node, const uint32_t* ids, uint32_t n, uint32_t best,
                                 uint32_t* value) const {
  for (uint32_t i = 1; i < n && IsLaterWord(ids[i]); ++i) {
    const Edge& e = edges_[EdgeSlot(node, ids[i])];
    if (e.key == 0) break;
    node = e.child;
    if (e.value != UINT32_MAX) {
      best = i + 1;
      *value = e.value;
    }
  }
  return best;
}

std::string_view SurnameWithoutArticle(std::string_view word) {
  // (The article assimilates to the sound after it: "as-Sudais", "ash-Shara", "ad-Dawla".)
  static constexpr std::string_view kArticles[] = {"al-", "el-", "as-", "ash-", "ad-",
                                                   "an-", "ar-", "at-", "az-"};
  for (std::string_view a : kArticles) {
    if (word.size() >= a.size() + 3 && word.substr(0, a.size()) == a) {
      return word.substr(a.size());
    }
  }
  return {};
}

Lexicon::Lexicon() : inflector_(std::make_unique<Inflector>()) {}
Lexicon::~Lexicon() = default;

std::string Lexicon::DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
#ifdef DYAD_DATA_DIR
  return DYAD_DATA_DIR;
#else
  return "data";
#endif
}

std::vector<uint32_t> Lexicon::InternPhrase(const std::string& phrase) {
  std::vector<uint32_t> ids;
  for (const std::string& w : text::NormalizedWords(phrase, true)) ids.push_back(vocab_.Intern(w));
  return ids;
}

void Lexicon::AddActorPhrase(const std::string& phrase, uint32_t entry, bool plural) {
  std::vector<std::string> words = text::NormalizedWords(phrase, /*keep_acronyms=*/true);
  if (words.empty()) return;
  std::vector<std::string> last_forms = {words.back()};
  if (plural) last_forms = Inflector::NounForms(words.back());
  // The plural of a demonym names the people ("Iranians", "Turks"): the country's civilians,
  // an entry of its own.
  uint32_t plural_entry = entry;
  if (actors_[entry].kind == ActorEntry::Kind::kAdjective && last_forms.size() > 1 &&
      actors_[entry].code.size() == 3) {
    plural_entry = static_cast<uint32_t>(actors_.size());
    ActorEntry people = actors_[entry];
    people.kind = ActorEntry::Kind::kName;
    people.code += "CVL";
    actors_.push_back(std::move(people));
  }
  for (size_t f = 0; f < last_forms.size(); ++f) {
    if (f > 0) entry = plural_entry;
    std::vector<uint32_t> ids;
    for (size_t i = 0; i + 1 < words.size(); ++i) ids.push_back(vocab_.Intern(words[i]));
    ids.push_back(vocab_.Intern(last_forms[f]));
    bool added = actor_trie_.Add(ids, entry);
    // "the Islamic Republic": also match without the article, which the coder skips anyway.
    if (words.size() > 1 && words[0] == "the") {
      std::vector<uint32_t> rest(ids.begin() + 1, ids.end());
      actor_trie_.Add(rest, entry);
    }
    if (!added && f == 0) {
      uint32_t other = 0;
      actor_trie_.LongestMatch(ids.data(), static_cast<uint32_t>(ids.size()), &other);
      if (other != entry && actors_[other].canonical != actors_[entry].canonical) {
        warnings_.push_back("duplicate actor phrase '" + phrase + "': " +
                            actors_[other].canonical + " keeps it, not " +
                            actors_[entry].canonical);
      }
    }
  }
}

namespace {

bool ParseRange(std::string_view s, text::Date* from, text::Date* to) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  std::string_view a = s.substr(0, dots), b = s.substr(dots + 2);
  if (!a.empty()) {
    *from = text::ParseIsoDate(a);
    if (!from->valid() || a.size() != 10) return false;
  }
  if (!b.empty()) {
    *to = text::ParseIsoDate(b);
    if (!to->valid() || b.size() != 10) return false;
  }
  return true;
}

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

// The index of a code of two to four digits ("04", "042", "0421", as CAMEO's are) among all
// such codes, those of each length after the shorter ones; -1 for any other code.
constexpr size_t kDigitCodes = 100 + 1000 + 10000;
int DigitCodeIndex(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return -1;
  int index = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    index = index * 10 + (c - '0');
  }
  return index + (code.size() == 2 ? 0 : code.size() == 3 ? 100 : 1100);
}

}  // namespace

Status Lexicon::AddActorBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  for (const DictBlock& b : blocks) {
    if (b.kind != "actor" && b.kind != "person" && b.kind != "group") {
      return Status::Corruption(Where(path, b.line) + ": '" + b.kind +
                                "' block in an actor file");
    }
    if (b.kind == "actor") {
      const std::string code = b.head;
      uint32_t name_entry = UINT32_MAX;
      // "shared USA  Georgia": names that are also a place of another country. They are
      // entries of their own (marked with that country), added before the block's names,
      // which list them too, so that the phrase is theirs.
      for (const DictLine& l : b.lines) {
        if (l.key != "shared") continue;
        const size_t space = l.value.find_first_of(" \t");
        const std::string other = l.value.substr(0, space);
        if (other.size() != 3 || space == std::string::npos) {
          return Status::Corruption(Where(path, l.line) + ": want 'shared CODE  names'");
        }
        std::vector<std::string> phrases = SplitPhrases(l.value.substr(space + 1));
        if (phrases.empty()) continue;
        const uint32_t entry = static_cast<uint32_t>(actors_.size());
        actors_.push_back(
            {ActorEntry::Kind::kName, code, {}, phrases[0], Where(path, l.line), other});
        has_shared_names_ = true;
        for (const std::string& p : phrases) AddActorPhrase(p, entry, true);
      }
      for (const DictLine& l : b.lines) {
        ActorEntry::Kind kind;
        if (l.key == "shared") continue;
        if (l.key == "name") kind = ActorEntry::Kind::kName;
        else if (l.key == "adj") kind = ActorEntry::Kind::kAdjective;
        else if (l.key == "capital") kind = ActorEntry::Kind::kCapital;
        else return Status::Corruption(Where(path, l.line) + ": unknown key '" + l.key + "'");
        std::vector<std::string> phrases = SplitPhrases(l.value);
        if (phrases.empty()) continue;
        uint32_t entry = static_cast<uint32_t>(actors_.size());
        actors_.push_back({kind, code, {}, phrases[0], Where(path, l.line), {}});
        if (kind == ActorEntry::Kind::kName && name_entry == UINT32_MAX) {
          name_entry = entry;
          if (code.size() == 3 && code != ActorEntry::kNullActorCode &&
              !country_entry_.count(code)) {
            country_entry_[code] = entry;
            if (const int letters = ThreeLetterIndex(code); letters >= 0) {
              if (country_by_letters_.empty()) country_by_letters_.assign(26 * 26 * 26, -1);
              country_by_letters_[letters] = static_cast<int32_t>(entry);
            }
          }
        }
        for (const std::string& p : phrases) {
          AddActorPhrase(p, entry, kind != ActorEntry::Kind::kCapital);
        }
      }
      continue;
    }
    ActorEntry person;
    person.kind = ActorEntry::Kind::kPerson;
    person.group = b.kind == "group";
    person.canonical = b.head;
    person.origin = Where(path, b.line);
    std::vector<std::string> names;
    for (const DictLine& l : b.lines) {
      if (l.key == "name") {
        for (auto& p : SplitPhrases(l.value)) names.push_back(p);
      } else if (l.key == "role") {
        Role r;
        std::string range;
        SplitRoleLine(l.value, &r.code, &range, &r.office);
        if (r.code.empty()) return Status::Corruption(Where(path, l.line) + ": role needs a code");
        if (!range.empty() && !ParseRange(range, &r.from, &r.to)) {
          return Status::Corruption(Where(path, l.line) + ": bad date range '" + range +
                                    "' (want YYYY-MM-DD..YYYY-MM-DD)");
        }
        person.roles.push_back(std::move(r));
      } else {
        return Status::Corruption(Where(path, l.line) + ": unknown key '" + l.key + "'");
      }
    }
    if (names.empty()) names.push_back(b.head);
    uint32_t entry = static_cast<uint32_t>(actors_.size());
    actors_.push_back(std::move(person));
    for (const std::string& n : names) {
      AddActorPhrase(n, entry, false);
      // (A word for the surname alone, which the coder learns from the story: see
      // SurnameWithoutArticle.)
      if (n.find('-') == std::string::npos) continue;  // (most names: no article to look for)
      const std::vector<std::string> words = text::NormalizedWords(n, /*keep_acronyms=*/true);
      if (words.size() >= 2) {
        if (std::string_view bare = SurnameWithoutArticle(words.back()); !bare.empty()) {
          vocab_.Intern(bare);
        }
      }
    }
  }
  return Status::OK();
}

Status Lexicon::AddAgentBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  for (const DictBlock& b : blocks) {
    if (b.kind != "agent") {
      return Status::Corruption(Where(path, b.line) + ": '" + b.kind + "' block in an agent file");
    }
    for (const DictLine& l : b.lines) {
      if (l.key != "name") {
        return Status::Corruption(Where(path, l.line) + ": unknown key '" + l.key + "'");
      }
      for (const std::string& noun : SplitPhrases(l.value)) {
        std::vector<std::string> words = text::NormalizedWords(noun, /*keep_acronyms=*/true);
        if (words.empty()) continue;
        uint32_t entry = static_cast<uint32_t>(agents_.size());
        agents_.push_back({b.head, noun, Where(path, l.line)});
        for (const std::string& last : Inflector::NounForms(words.back())) {
          std::vector<uint32_t> ids;
          for (size_t i = 0; i + 1 < words.size(); ++i) ids.push_back(vocab_.Intern(words[i]));
          ids.push_back(vocab_.Intern(last));
          agent_trie_.Add(ids, entry);
        }
      }
    }
  }
  return Status::OK();
}

Status Lexicon::CompilePattern(const std::string& code, const std::string& text,
                               const std::string& origin) {
  VerbPattern p;
  p.code = code;
  p.text = text;
  p.origin = origin;
  // The items are the words of the text between blanks. (A std::istringstream per pattern,
  // for tens of thousands of patterns, was a fifth of the start-up.)
  auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  };
  std::string item;
  bool have_anchor = false;
  for (size_t at = 0;;) {
    while (at < text.size() && blank(text[at])) ++at;
    if (at == text.size()) break;
    size_t end = at;
    while (end < text.size() && !blank(text[end])) ++end;
    item.assign(text, at, end - at);
    at = end;
    PatternItem it;
    if (item == "+") {
      it.kind = PatternItem::Kind::kTarget;
    } else if (item == "$") {
      it.kind = PatternItem::Kind::kSource;
    } else if (item == "*") {
      it.kind = PatternItem::Kind::kGap;
    } else if (item[0] == '@') {
      auto s = synset_names_.find(item.substr(1));
      if (s == synset_names_.end()) {
        return Status::Corruption(origin + ": unknown synset '" + item + "'");
      }
      it.kind = PatternItem::Kind::kSynset;
      it.synset = s->second;
      ++p.specificity;
    } else if (item.size() > 2 && item.front() == '<' && item.back() == '>') {
      std::string lemma = item.substr(1, item.size() - 2);
      std::vector<std::string> words = text::NormalizedWords(lemma);
      if (words.size() != 1) return Status::Corruption(origin + ": bad verb '" + item + "'");
      for (const std::string& f : inflector_->VerbForms(words[0])) {
        it.ids.push_back(vocab_.Intern(f));
      }
      if (!have_anchor) {
        p.anchor = static_cast<uint32_t>(p.items.size());
        p.verbal = true;
        have_anchor = true;
      }
      ++p.specificity;
    } else if (item.find('<') != std::string::npos || item.find('>') != std::string::npos) {
      return Status::Corruption(origin + ": unbalanced '<...>' in '" + item + "'");
    } else {
      // Literal word(s); "a|b" alternatives. A word that tokenizes into several tokens
      // ("don't") becomes several items.
      std::vector<std::vector<std::string>> alts;
      for (const std::string& a : SplitPhrases(item)) alts.push_back(text::NormalizedWords(a));
      if (alts.empty()) continue;
      if (alts.size() == 1 && alts[0].size() > 1) {
        for (const std::string& w : alts[0]) {
          PatternItem word;
          for (const std::string& f : Inflector::NounForms(w)) word.ids.push_back(vocab_.Intern(f));
          if (!have_anchor) {
            p.anchor = static_cast<uint32_t>(p.items.size());
            have_anchor = true;
          }
          p.items.push_back(std::move(word));
          ++p.specificity;
        }
        continue;
      }
      for (const auto& words : alts) {
        if (words.size() != 1) {
          return Status::Corruption(origin + ": alternative '" + item +
                                    "' must be single words");
        }
        for (const std::string& f : Inflector::NounForms(words[0])) {
          it.ids.push_back(vocab_.Intern(f));
        }
      }
      if (!have_anchor) {
        p.anchor = static_cast<uint32_t>(p.items.size());
        have_anchor = true;
      }
      ++p.specificity;
    }
    p.items.push_back(std::move(it));
  }
  if (!have_anchor) return Status::Corruption(origin + ": pattern has no word: '" + text + "'");
  // Index the pattern by its rarest-looking word so that common words ("to", "the", "'s") do
  // not each try hundreds of patterns: the verb if there is one, else the first word that is
  // not a function word. Items before the anchor are matched backward.
  auto is_function_word = [&](const PatternItem& it) {
    static const char* kFunction[] = {"to", "the", "a", "an", "of", "in", "on", "with", "for",
                                      "by", "at", "from", "'s", "and", "or", "as", "into",
                                      "against", "over", "about", "its", "their", "his", "her"};
    for (uint32_t id : it.ids) {
      for (const char* f : kFunction) {
        if (vocab_.Word(id) == f) return true;
      }
    }
    return false;
  };
  if (!p.verbal) {
    for (size_t k = 0; k < p.items.size(); ++k) {
      if (p.items[k].kind == PatternItem::Kind::kWord && !is_function_word(p.items[k])) {
        p.anchor = static_cast<uint32_t>(k);
        break;
      }
    }
  }
  for (size_t k = 0; k < p.items.size(); ++k) {
    if (k == p.anchor || p.items[k].kind != PatternItem::Kind::kWord) continue;
    WordSignature sig{};
    for (uint32_t id : p.items[k].ids) AddToSignature(id, &sig);
    p.required.push_back(sig);
  }
  uint32_t index = static_cast<uint32_t>(patterns_.size());
  for (uint32_t id : p.items[p.anchor].ids) {
    if (id >= pattern_index_.size()) pattern_index_.resize(vocab_.size());
    auto& list = pattern_index_[id];
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  patterns_.push_back(std::move(p));
  return Status::OK();
}

GroupsByKeyWord::GroupsByKeyWord(size_t entries) {
  // At most half full, so that a lookup of a word in no key stops after a slot or two.
  size_t size = 16;
  while (size < 2 * entries) size *= 2;
  slots_.assign(size, 0);
  mask_ = size - 1;
}

void GroupsByKeyWord::Add(uint32_t id, uint32_t group) {
  size_t s = Slot(id);
  while (slots_[s] != 0) s = (s + 1) & mask_;
  slots_[s] = (uint64_t{id} << 32) | group;
}

void Lexicon::IndexCandidates() {
  // How many pattern items name each word: a word few patterns use is taken to be rare in
  // text as well ("release", "hostages" rather than "to", "with"), which is what makes a key
  // rule candidates out. Any choice of key gives the same candidates; only the speed differs.
  std::vector<uint32_t> uses(vocab_.size(), 0);
  for (const VerbPattern& p : patterns_) {
    for (const PatternItem& it : p.items) {
      if (it.kind != PatternItem::Kind::kWord) continue;
      for (uint32_t id : it.ids) ++uses[id];
    }
  }
  // Each pattern's key item (-1: none) and its entry in a group: its synsets, then its other
  // required items as exact word ids, after a header whose second word holds their length.
  // (The synsets first: one bit test each.)
  std::vector<int> key_of(patterns_.size(), -1);
  std::vector<std::vector<uint32_t>> entry_of(patterns_.size());
  for (size_t index = 0; index < patterns_.size(); ++index) {
    const VerbPattern& p = patterns_[index];
    uint64_t fewest = UINT64_MAX;
    for (size_t k = 0; k < p.items.size(); ++k) {
      if (k == p.anchor || p.items[k].kind != PatternItem::Kind::kWord) continue;
      uint64_t n = 0;
      for (uint32_t id : p.items[k].ids) n += uses[id];
      if (n < fewest) {
        fewest = n;
        key_of[index] = static_cast<int>(k);
      }
    }
    std::vector<uint32_t>& entry = entry_of[index];
    entry = {static_cast<uint32_t>(index), p.verbal ? 1u : 0u};
    for (const PatternItem& it : p.items) {
      if (it.kind == PatternItem::Kind::kSynset) entry.push_back(kSynsetItem | it.synset);
    }
    for (size_t k = 0; k < p.items.size(); ++k) {
      if (k == p.anchor || static_cast<int>(k) == key_of[index] ||
          p.items[k].kind != PatternItem::Kind::kWord) {
        continue;
      }
      entry.push_back(static_cast<uint32_t>(p.items[k].ids.size()));
      entry.insert(entry.end(), p.items[k].ids.begin(), p.items[k].ids.end());
    }
    entry[1] |= static_cast<uint32_t>((entry.size() - 2) << 1);
  }
  // The synsets by the first words of their members, for the coder to find a sentence's.
  std::vector<std::pair<uint32_t, uint32_t>> first_word_synsets;  // (word, synset)
  for (uint32_t synset = 0; synset < synset_first_.size(); ++synset) {
    for (uint32_t id : synset_first_[synset]) first_word_synsets.emplace_back(id, synset);
  }
  std::sort(first_word_synsets.begin(), first_word_synsets.end());
  const size_t words = first_word_synsets.empty() ? 0 : first_word_synsets.back().first + 1;
  synset_first_words_.assign(words / 64 + 1, 0);
  synsets_of_word_at_.assign(words + 1, 0);
  synsets_of_word_.clear();
  for (const auto& [id, synset] : first_word_synsets) {
    synset_first_words_[id / 64] |= uint64_t{1} << (id % 64);
    ++synsets_of_word_at_[id + 1];
    synsets_of_word_.push_back(synset);
  }
  for (size_t id = 0; id < words; ++id) synsets_of_word_at_[id + 1] += synsets_of_word_at_[id];
  // Below this many groups, testing every key costs about as much as looking up the words of a
  // sentence.
  constexpr size_t kGroupsForTable = 24;
  candidate_index_.assign(pattern_index_.size(), {});
  anchors_.assign(pattern_index_.size() / 64 + 1, 0);
  groups_by_key_word_.clear();
  for (size_t id = 0; id < pattern_index_.size(); ++id) {
    if (pattern_index_[id].empty()) continue;
    // The anchor's groups in the order their keys first come (the empty key included), each
    // with its candidates in index order.
    std::vector<std::vector<uint32_t>> keys;
    std::vector<std::vector<uint32_t>> bodies;
    std::map<std::vector<uint32_t>, size_t> group_of_key;
    for (uint32_t index : pattern_index_[id]) {
      const VerbPattern& p = patterns_[index];
      std::vector<uint32_t> key;
      if (key_of[index] >= 0) {
        const WordForms& forms = p.items[static_cast<size_t>(key_of[index])].ids;
        key.assign(forms.begin(), forms.end());
      }
      auto [it, added] = group_of_key.emplace(key, keys.size());
      if (added) {
        keys.push_back(std::move(key));
        bodies.emplace_back();
      }
      std::vector<uint32_t>& body = bodies[it->second];
      body.insert(body.end(), entry_of[index].begin(), entry_of[index].end());
    }
    std::vector<uint32_t>& stream = candidate_index_[id];
    stream.push_back(0);
    std::vector<uint32_t> offsets;
    size_t key_words = 0;
    for (size_t g = 0; g < keys.size(); ++g) {
      offsets.push_back(static_cast<uint32_t>(stream.size()));
      key_words += keys[g].size();
      stream.push_back(static_cast<uint32_t>(keys[g].size()));
      stream.insert(stream.end(), keys[g].begin(), keys[g].end());
      stream.push_back(static_cast<uint32_t>(bodies[g].size()));
      stream.insert(stream.end(), bodies[g].begin(), bodies[g].end());
    }
    if (keys.size() >= kGroupsForTable) {
      GroupsByKeyWord table(key_words);
      for (size_t g = 0; g < keys.size(); ++g) {
        if (keys[g].empty()) table.unkeyed = offsets[g];
        for (uint32_t word : keys[g]) table.Add(word, offsets[g]);
      }
      groups_by_key_word_.push_back(std::move(table));
      stream[0] = static_cast<uint32_t>(groups_by_key_word_.size());
    }
    anchors_[id / 64] |= uint64_t{1} << (id % 64);
  }
}

Status Lexicon::AddVerbBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  // Synonym sets first, so that patterns may use a set defined further down.
  for (const DictBlock& b : blocks) {
    if (b.kind != "synset") continue;
    std::vector<std::vector<uint32_t>> members;
    for (const DictLine& l : b.lines) {
      for (const std::string& phrase : SplitPhrases(l.value)) {
        std::vector<std::string> words = text::NormalizedWords(phrase);
        if (words.empty()) continue;
        for (const std::string& last : Inflector::NounForms(words.back())) {
          std::vector<uint32_t> ids;
          for (size_t i = 0; i + 1 < words.size(); ++i) ids.push_back(vocab_.Intern(words[i]));
          ids.push_back(vocab_.Intern(last));
          members.push_back(std::move(ids));
        }
      }
    }
    // Longest members first: the matcher takes the first that fits.
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<uint32_t> first;
    for (const auto& m : members) first.push_back(m.front());
    std::sort(first.begin(), first.end());
    first.erase(std::unique(first.begin(), first.end()), first.end());
    for (uint32_t id : first) {
      const uint32_t bit = SynsetStartBit(static_cast<uint32_t>(synsets_.size()), id);
      synset_starts_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    std::vector<std::vector<uint32_t>> by_first(first.size());
    for (uint32_t k = 0; k < members.size(); ++k) {
      const auto at = std::lower_bound(first.begin(), first.end(), members[k].front());
      by_first[static_cast<size_t>(at - first.begin())].push_back(k);
    }
    synset_names_[b.head] = static_cast<uint32_t>(synsets_.size());
    synsets_.push_back(std::move(members));
    synset_first_.push_back(std::move(first));
    synset_members_by_first_.push_back(std::move(by_first));
  }
  for (const DictBlock& b : blocks) {
    if (b.kind == "synset") continue;
    if (b.kind != "code") {
      return Status::Corruption(Where(path, b.line) + ": '" + b.kind + "' block in a verb file");
    }
    std::string code = b.head.substr(0, b.head.find_first_of(" \t"));
    if (!cameo_.empty() && !cameo_.count(code) && code != VerbPattern::kNullCode) {
      warnings_.push_back(Where(path, b.line) + ": code " + code + " is not a CAMEO code");
    }
    for (const DictLine& l : b.lines) {
      Status s = CompilePattern(code, l.value, Where(path, l.line));
      if (!s.ok()) {
        // The patterns compiled before this one stay in use.
        if (!verb_files_loading_) IndexCandidates();
        return s;
      }
    }
  }
  if (!verb_files_loading_) IndexCandidates();
  return Status::OK();
}

Status Lexicon::AddActorFile(const std::string& path) {
  std::vector<DictBlock> blocks;
  Status s = ReadDictFile(path, &blocks);
  return s.ok() ? AddActorBlocks(blocks, path) : s;
}

Status Lexicon::AddAgentFile(const std::string& path) {
  std::vector<DictBlock> blocks;
  Status s = ReadDictFile(path, &blocks);
  return s.ok() ? AddAgentBlocks(blocks, path) : s;
}

Status Lexicon::AddVerbFile(const std::string& path) {
  std::vector<DictBlock> blocks;
  Status s = ReadDictFile(path, &blocks);
  return s.ok() ? AddVerbBlocks(blocks, path) : s;
}

Status Lexicon::LoadCameoTable(const std::string& path) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  std::istringstream in(content);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    std::string col;
    while (std::getline(fields, col, '\t')) cols.push_back(col);
    if (cols.size() < 4) return Status::Corruption(Where(path, lineno) + ": want 4 columns");
    CameoCode c;
    c.code = cols[0];
    c.goldstein = std::atof(cols[1].c_str());
    c.plover = cols[2] == "-" ? "" : cols[2];
    c.name = cols[3];
    int root = std::atoi(c.code.substr(0, 2).c_str());
    c.quad_class = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    const int digits = DigitCodeIndex(c.code);
    CameoCode& entry = cameo_[c.code];
    entry = std::move(c);
    if (digits >= 0) {
      if (cameo_by_digits_.empty()) cameo_by_digits_.assign(kDigitCodes, nullptr);
      cameo_by_digits_[digits] = &entry;
    }
  }
  return Status::OK();
}

const CameoCode* Lexicon::Cameo(const std::string& code) const {
  if (const int digits = DigitCodeIndex(code); digits >= 0) {
    return cameo_by_digits_.empty() ? nullptr : cameo_by_digits_[digits];
  }
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

int Lexicon::CountryEntryByName(std::string_view code) const {
  auto it = country_entry_.find(std::string(code));
  return it == country_entry_.end() ? -1 : it->second;
}

Status Lexicon::Load(const LexiconOptions& options, std::unique_ptr<Lexicon>* out) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  const std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  Status s = text::Tagger::Load(
      options.poslex_dir.empty() ? text::Tagger::DefaultDir() : options.poslex_dir, &lex->vocab_,
      &lex->tagger_);
  if (!s.ok()) lex->warnings_.push_back("no part-of-speech tagger: " + s.message());
  s = lex->LoadCameoTable(dir + "/cameo/codes.tsv");
  if (!s.ok()) return s;
  auto sorted_files = [](const std::string& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
      if (e.path().extension() == ".dict") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
  };
  std::vector<std::string> actor_files = options.actor_files;
  if (actor_files.empty()) actor_files = sorted_files(dir + "/actors");
  if (actor_files.empty()) return Status::NotFound(dir + "/actors: no actor dictionaries");
  // User dictionaries may be in TABARI or PETRARCH format; what an import could not map is
  // reported among the warnings.
  auto add_any = [&lex](Status (*add)(Lexicon*, const std::string&, ImportReport*),
                        const std::string& f) {
    ImportReport report;
    Status st = add(lex.get(), f, &report);
    if (st.ok() && (report.entries > 0 || !report.clean())) {
      lex->warnings_.push_back(report.Summary(f));
    }
    return st;
  };
  for (const std::string& f : actor_files) {
    if (!(s = add_any(AddActorFileAnyFormat, f)).ok()) return s;
  }
  s = add_any(AddAgentFileAnyFormat,
              options.agent_file.empty() ? dir + "/agents.dict" : options.agent_file);
  if (!s.ok()) return s;
  std::vector<std::string> verb_files;
  if (!options.verb_file.empty()) verb_files.push_back(options.verb_file);
  else verb_files = sorted_files(dir + "/verbs");
  if (verb_files.empty()) return Status::NotFound(dir + "/verbs: no verb dictionaries");
  lex->verb_files_loading_ = true;
  for (const std::string& f : verb_files) {
    if (!(s = add_any(AddVerbFileAnyFormat, f)).ok()) return s;
  }
  lex->verb_files_loading_ = false;
  lex->IndexCandidates();
  *out = std::move(lex);
  return Status::OK();
}

}  // namespace dyad::lexicon
