#include "lexicon/dict_check.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <tuple>

#include "lexicon/cameo_codebook.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_import.h"
#include "text/date.h"
#include "text/tokenizer.h"

namespace dyad::lexicon {
namespace fs = std::filesystem;

namespace {

bool IsUpperAlpha(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Phrase key as the loader stores it: normalised tokens; short acronyms keep their case.
std::string PhraseKey(const std::vector<std::string>& words, size_t from = 0) {
  std::string key;
  for (size_t i = from; i < words.size(); ++i) {
    if (i > from) key += ' ';
    key += words[i];
  }
  return key;
}

// A side of a range: empty (open) or a real YYYY-MM-DD date.
bool ParseSide(std::string_view s, text::Date* d) {
  if (s.empty()) return true;
  if (s.size() != 10) return false;
  *d = text::ParseIsoDate(s);
  // The round trip rejects what a lenient parser might accept (2021-02-30, 2021-13-01).
  return d->valid() && d->ToIso() == s;
}

struct DatedRole {
  std::string code;
  text::Date from, to;
  int line = 0;
  std::string range;
  std::string office;
};

bool Overlap(const DatedRole& a, const DatedRole& b) {
  // [a.from, a.to] and [b.from, b.to] meet unless one ends before the other starts.
  if (a.to.valid() && b.from.valid() && a.to.Compare(b.from) < 0) return false;
  if (b.to.valid() && a.from.valid() && b.to.Compare(a.from) < 0) return false;
  return true;
}

}  // namespace


std::string DictFinding::ToString() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  return s + ": " + kind + ": " + message;
}

void DictChecker::Add(const std::string& file, int line, const std::string& kind,
                      const std::string& msg) {
  findings_.push_back({file, line, kind, msg});
}

void DictChecker::AddSyntaxError(const std::string& path, const std::string& message) {
  // The reader's message already starts with "FILE:LINE: "; keep the line for sorting.
  int line = 0;
  std::string msg = message;
  if (message.compare(0, path.size() + 1, path + ":") == 0) {
    size_t colon = message.find(':', path.size() + 1);
    if (colon != std::string::npos) {
      line = std::atoi(message.c_str() + path.size() + 1);
      msg = std::string(Trim(std::string_view(message).substr(colon + 1)));
    }
  }
  Add(path, line, "syntax", msg + " (the loader stops here; the rest of the file is unchecked)");
}

Status DictChecker::LoadCameoTable(const std::string& path) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  std::istringstream in(content);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    cameo_.insert(line.substr(0, line.find('\t')));
  }
  return Status::OK();
}

void DictChecker::Register(std::unordered_map<std::string, Seen>* seen, const std::string& key,
                           const std::string& shown, const Seen& here) {
  auto [it, inserted] = seen->try_emplace(key, here);
  if (inserted) return;
  const Seen& first = it->second;
  std::string where = first.file + ":" + std::to_string(first.line);
  if (first.meaning == here.meaning) {
    // A variant the loader derives by itself is no duplicate of one written out.
    if (first.implicit || here.implicit) return;
    Add(here.file, here.line, "duplicate",
        "'" + shown + "' is already at " + where +
            (first.entry == here.entry ? " in the same entry" : " with the same code"));
    return;
  }
  Add(here.file, here.line, "conflict",
      "'" + shown + "' means " + here.meaning + " here but " + first.meaning + " at " + where +
          ", which keeps it" + (here.implicit || first.implicit ? " (without 'the')" : ""));
}

std::string DictChecker::CheckActorCode(const std::string& code) const {
  if (code == ActorEntry::kNullActorCode) return "";
  if (code.size() < 3 || !IsUpperAlpha(code)) {
    return "is not a CAMEO actor code (capital letters, 3-letter segments)";
  }
  std::string first = code.substr(0, 3);
  // After IGO, NGO, ... comes a known group's identifier, which may have any length (IGOOECD).
  if (IsCameoGenericCode(first)) return "";
  if (code.size() % 3 != 0) return "is not a CAMEO actor code (3-letter segments)";
  if (!countries_.empty() && !countries_.count(first) && !IsCameoRegionCode(first)) {
    return "starts with " + first + ", which is no country of the actor dictionaries";
  }
  for (size_t i = 3; i < code.size(); i += 3) {
    std::string seg = code.substr(i, 3);
    if (!IsCameoRoleCode(seg) && !IsCameoGenericCode(seg)) {
      return "has role " + seg + ", which is not in the CAMEO actor codebook";
    }
  }
  return "";
}

void DictChecker::AddActorBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  for (const DictBlock& b : blocks) {
    const int entry = next_entry_++;
    if (b.kind != "actor" && b.kind != "person" && b.kind != "group") {
      Add(path, b.line, "syntax", "'" + b.kind + "' block in an actor file");
      continue;
    }
    // Phrases of the block; the loader also stores "the X" as "X".
    auto add_phrase = [&](const std::string& phrase, int line, const std::string& meaning) {
      std::vector<std::string> words = text::NormalizedWords(phrase, /*keep_acronyms=*/true);
      if (words.empty()) {
        Add(path, line, "never-matches", "'" + phrase + "' has no words");
        return;
      }
      Register(&actor_phrases_, PhraseKey(words), phrase, {path, line, meaning, entry, false});
      if (words.size() > 1 && words[0] == "the") {
        Register(&actor_phrases_, PhraseKey(words, 1), phrase.substr(4),
                 {path, line, meaning, entry, true});
      }
    };
    if (b.kind == "actor") {
      if (b.head.find_first_of(" \t") != std::string::npos) {
        Add(path, b.line, "syntax", "actor code '" + b.head + "' has spaces");
        continue;
      }
      if (b.head.size() == 3 && IsUpperAlpha(b.head)) countries_.insert(b.head);
      actor_codes_.push_back({path, b.line, b.head});
      for (const DictLine& l : b.lines) {
        // (A shared name is one of the block's names too: checked there.)
        if (l.key == "shared") continue;
        if (l.key != "name" && l.key != "adj" && l.key != "capital") {
          Add(path, l.line, "syntax", "unknown key '" + l.key + "' in an actor block");
          continue;
        }
        ++actor_entries_;
        for (const std::string& p : SplitPhrases(l.value)) add_phrase(p, l.line, b.head);
      }
      continue;
    }
    if (b.kind == "person") ++persons_;
    ++actor_entries_;
    std::vector<DatedRole> dated;
    int defaults = 0;
    std::string meaning = b.kind + " " + b.head;
    std::vector<std::pair<std::string, int>> names;
    for (const DictLine& l : b.lines) {
      if (l.key == "name") {
        for (const std::string& p : SplitPhrases(l.value)) names.emplace_back(p, l.line);
        continue;
      }
      if (l.key != "role") {
        Add(path, l.line, "syntax", "unknown key '" + l.key + "' in a " + b.kind + " block");
        continue;
      }
      DatedRole r;
      SplitRoleLine(l.value, &r.code, &r.range, &r.office);
      r.line = l.line;
      actor_codes_.push_back({path, l.line, r.code});
      if (r.range.empty()) {
        if (++defaults == 2) {
          Add(path, l.line, "overlap",
              "a second default role (" + r.code + "); the first one is always taken");
        }
        continue;
      }
      size_t dots = r.range.find("..");
      if (dots == std::string::npos ||
          !ParseSide(std::string_view(r.range).substr(0, dots), &r.from) ||
          !ParseSide(std::string_view(r.range).substr(dots + 2), &r.to)) {
        Add(path, l.line, "bad-range",
            "'" + r.range + "' is not FROM..TO with YYYY-MM-DD dates (the loader rejects it)");
        continue;
      }
      if (r.from.valid() && r.to.valid() && r.from.Compare(r.to) > 0) {
        Add(path, l.line, "bad-range", "'" + r.range + "' ends before it begins");
        continue;
      }
      if (!r.from.valid() && !r.to.valid()) {
        // ".." is open on both sides: the loader treats it as a default.
        if (++defaults == 2) {
          Add(path, l.line, "overlap",
              "a second default role (" + r.code + "); the first one is always taken");
        }
        continue;
      }
      for (const DatedRole& o : dated) {
        // Two offices held at once under the same code (prime minister and foreign minister)
        // code the same; only a different code on common days changes what an event says.
        if (o.code != r.code && Overlap(o, r)) {
          Add(path, l.line, "overlap",
              r.code + " " + r.range + " overlaps " + o.code + " " + o.range + " (line " +
                  std::to_string(o.line) + "), which wins on the common days");
          break;
        }
      }
      dated.push_back(r);
      meaning += " " + r.code + "@" + r.range;
    }
    if (defaults == 0) {
      Add(path, b.line, "no-default",
          "person " + b.head + " has no role without dates: not coded outside the ranges");
    }
    if (names.empty()) names.emplace_back(b.head, b.line);
    for (const auto& [n, line] : names) add_phrase(n, line, "person " + b.head);
  }
}

void DictChecker::AddAgentBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  for (const DictBlock& b : blocks) {
    const int entry = next_entry_++;
    if (b.kind != "agent") {
      Add(path, b.line, "syntax", "'" + b.kind + "' block in an agent file");
      continue;
    }
    if (!IsCameoRoleCode(b.head) && !IsCameoGenericCode(b.head)) {
      Add(path, b.line, "unknown-code",
          "agent code " + b.head + " is not a role code of the CAMEO actor codebook");
    }
    for (const DictLine& l : b.lines) {
      if (l.key != "name") {
        Add(path, l.line, "syntax", "unknown key '" + l.key + "' in an agent block");
        continue;
      }
      for (const std::string& noun : SplitPhrases(l.value)) {
        std::vector<std::string> words = text::NormalizedWords(noun, /*keep_acronyms=*/true);
        if (words.empty()) {
          Add(path, l.line, "never-matches", "'" + noun + "' has no words");
          continue;
        }
        ++agent_nouns_;
        Register(&agent_phrases_, PhraseKey(words), noun, {path, l.line, b.head, entry, false});
      }
    }
  }
}

void DictChecker::CheckPattern(const std::string& code, const DictLine& l, const std::string& path,
                               int entry) {
  ++patterns_;
  std::istringstream in(l.value);
  std::string item, key;
  int anchors = 0;
  bool broken = false;
  auto never = [&](const std::string& why) {
    if (!broken) Add(path, l.line, "never-matches", "'" + l.value + "': " + why);
    broken = true;
  };
  while (in >> item) {
    std::string norm = item;
    if (item == "+" || item == "$" || item == "*") {
      // Slots and gaps match no word of their own.
    } else if (item[0] == '@') {
      auto s = synsets_.find(item.substr(1));
      if (s == synsets_.end()) {
        never("unknown synonym set " + item + " (the loader rejects the file)");
      } else if (s->second == 0) {
        never("synonym set " + item + " is empty");
      }
    } else if (item.size() > 2 && item.front() == '<' && item.back() == '>') {
      std::vector<std::string> w = text::NormalizedWords(item.substr(1, item.size() - 2));
      if (w.size() != 1)
        never("verb " + item + " is not one word (the loader rejects the file)");
      else
        norm = "<" + w[0] + ">";
      ++anchors;
    } else if (item.find_first_of("<>") != std::string::npos) {
      never("unbalanced '<...>' in '" + item + "' (the loader rejects the file)");
    } else {
      std::vector<std::string> alts = SplitPhrases(item);
      std::vector<std::string> forms;
      for (const std::string& a : alts) {
        std::vector<std::string> w = text::NormalizedWords(a);
        if (w.empty()) continue;
        if (alts.size() > 1 && w.size() != 1) {
          never("alternative '" + a + "' is not one word (the loader rejects the file)");
        }
        forms.push_back(PhraseKey(w));
      }
      if (forms.empty()) continue;  // punctuation only: the loader drops the item
      std::sort(forms.begin(), forms.end());
      norm.clear();
      for (const std::string& f : forms) norm += (norm.empty() ? "" : "|") + f;
      ++anchors;
    }
    key += (key.empty() ? "" : " ") + norm;
  }
  if (anchors == 0 && !broken) {
    never("no word to anchor on, only slots or synonym sets (the loader rejects the file)");
  }
  if (broken) return;
  Register(&pattern_texts_, key, l.value, {path, l.line, code, entry, false});
}

void DictChecker::AddVerbBlocks(const std::vector<DictBlock>& blocks, const std::string& path) {
  // Synonym sets first, as the loader does, so that a pattern may use a set defined below it.
  for (const DictBlock& b : blocks) {
    if (b.kind != "synset") continue;
    int members = 0;
    for (const DictLine& l : b.lines) {
      for (const std::string& p : SplitPhrases(l.value)) {
        if (!text::NormalizedWords(p).empty()) ++members;
      }
    }
    if (synsets_.count(b.head)) {
      Add(path, b.line, "duplicate", "synonym set @" + b.head + " is defined twice; this one wins");
    }
    synsets_[b.head] = members;
  }
  for (const DictBlock& b : blocks) {
    const int entry = next_entry_++;
    if (b.kind == "synset") continue;
    if (b.kind != "code") {
      Add(path, b.line, "syntax", "'" + b.kind + "' block in a verb file");
      continue;
    }
    std::string code = b.head.substr(0, b.head.find_first_of(" \t"));
    if (!cameo_.empty() && !cameo_.count(code) && code != VerbPattern::kNullCode) {
      Add(path, b.line, "unknown-code", "event code " + code + " is not in the CAMEO table");
    }
    if (b.lines.empty()) Add(path, b.line, "never-matches", "code " + code + " has no patterns");
    for (const DictLine& l : b.lines) CheckPattern(code, l, path, entry);
  }
}

std::vector<DictFinding> DictChecker::Finish() {
  for (const CodeUse& u : actor_codes_) {
    std::string why = CheckActorCode(u.code);
    if (!why.empty()) Add(u.file, u.line, "unknown-code", "actor code " + u.code + " " + why);
  }
  actor_codes_.clear();
  std::vector<DictFinding> out = std::move(findings_);
  findings_.clear();
  std::stable_sort(out.begin(), out.end(), [](const DictFinding& a, const DictFinding& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  return out;
}

namespace {

enum class FileRole { kActors, kAgents, kVerbs };

// Reads a dictionary of any supported format into blocks. Unreadable files are errors; text
// the reader cannot parse becomes a finding.
Status ReadAny(const std::string& path, FileRole role, DictChecker* checker,
               std::vector<DictBlock>* blocks, bool* parsed) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  switch (DetectDictFormat(path, content)) {
    case DictFormat::kDyad:
      s = ParseDict(content, path, blocks);
      break;
    case DictFormat::kTabari:
    case DictFormat::kPetrarch:
      s = role == FileRole::kActors   ? ReadTabariActors(content, path, blocks, nullptr)
          : role == FileRole::kAgents ? ReadTabariAgents(content, path, blocks, nullptr)
                                      : ReadTabariVerbs(content, path, blocks, nullptr);
      break;
  }
  *parsed = s.ok();
  if (!s.ok()) checker->AddSyntaxError(path, s.message());
  return Status::OK();
}

std::vector<std::string> SortedDicts(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    if (e.path().extension() == ".dict") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Status CheckDictionaries(const DictCheckOptions& options, std::vector<DictFinding>* findings,
                         DictChecker* checker) {
  const std::string dir = options.data_dir.empty() ? Lexicon::DefaultDataDir() : options.data_dir;
  Status s = checker->LoadCameoTable(dir + "/cameo/codes.tsv");
  if (!s.ok()) return s;
  std::vector<std::string> actors = options.actor_files;
  if (actors.empty()) actors = SortedDicts(dir + "/actors");
  if (actors.empty()) return Status::NotFound(dir + "/actors: no actor dictionaries");
  std::vector<std::string> verbs;
  if (!options.verb_file.empty())
    verbs.push_back(options.verb_file);
  else
    verbs = SortedDicts(dir + "/verbs");
  if (verbs.empty()) return Status::NotFound(dir + "/verbs: no verb dictionaries");
  const std::string agents = options.agent_file.empty() ? dir + "/agents.dict" : options.agent_file;

  auto run = [&](const std::string& path, FileRole role) {
    std::vector<DictBlock> blocks;
    bool parsed = false;
    Status st = ReadAny(path, role, checker, &blocks, &parsed);
    if (!st.ok() || !parsed) return st;
    if (role == FileRole::kActors)
      checker->AddActorBlocks(blocks, path);
    else if (role == FileRole::kAgents)
      checker->AddAgentBlocks(blocks, path);
    else
      checker->AddVerbBlocks(blocks, path);
    return st;
  };
  for (const std::string& f : actors) {
    if (!(s = run(f, FileRole::kActors)).ok()) return s;
  }
  if (!(s = run(agents, FileRole::kAgents)).ok()) return s;
  for (const std::string& f : verbs) {
    if (!(s = run(f, FileRole::kVerbs)).ok()) return s;
  }
  *findings = checker->Finish();
  return Status::OK();
}

}  // namespace dyad::lexicon
