#include "cli/dict_command.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <unordered_set>

#include "cli/commands.h"
#include "lexicon/dict_check.h"
#include "lexicon/lexicon.h"
#include "text/date.h"
#include "text/tokenizer.h"

namespace dyad::cli {
namespace {

using lexicon::ActorEntry;
using lexicon::Lexicon;
using lexicon::PatternItem;
using lexicon::VerbPattern;

// Patterns listed per anchor word unless --all: common words anchor hundreds.
constexpr size_t kPatternsShown = 20;

std::string RangeText(const lexicon::Role& r) {
  if (!r.from.valid() && !r.to.valid()) return "(default)";
  return (r.from.valid() ? r.from.ToIso() : "") + ".." + (r.to.valid() ? r.to.ToIso() : "");
}

// The role ActorEntry::CodeOn picks on `date`, or -1: the same rule, kept here so that lookup
// can say which line decided.
int RoleOn(const ActorEntry& a, const text::Date& date) {
  int fallback = -1;
  for (size_t i = 0; i < a.roles.size(); ++i) {
    const lexicon::Role& r = a.roles[i];
    if (!r.from.valid() && !r.to.valid()) {
      if (fallback < 0) fallback = static_cast<int>(i);
      continue;
    }
    if (r.from.valid() && date.Compare(r.from) < 0) continue;
    if (r.to.valid() && date.Compare(r.to) > 0) continue;
    return static_cast<int>(i);
  }
  return fallback;
}

const char* KindName(ActorEntry::Kind k) {
  switch (k) {
    case ActorEntry::Kind::kName:
      return "name";
    case ActorEntry::Kind::kAdjective:
      return "adjective";
    case ActorEntry::Kind::kCapital:
      return "capital";
    case ActorEntry::Kind::kPerson:
      return "person";
  }
  return "";
}

// The words from..from+n of `text` as written (tokens as the lexicon splits them).
std::string Span(const std::string& text, const std::vector<text::Token>& toks, size_t from,
                 size_t n) {
  return text.substr(toks[from].begin, toks[from + n - 1].end - toks[from].begin);
}

text::Date Today() {
  std::time_t now = std::time(nullptr);
  return text::Date::FromDays(static_cast<long>(now / 86400));
}

Status LoadLexicon(const DictLookupArgs& args, std::unique_ptr<Lexicon>* lex) {
  lexicon::LexiconOptions o;
  o.data_dir = args.data_dir;
  o.actor_files = args.actor_files;
  o.agent_file = args.agent_file;
  o.verb_file = args.verb_file;
  return Lexicon::Load(o, lex);
}

}  // namespace

int RunDictCheck(const DictCheckArgs& args) {
  lexicon::DictCheckOptions o;
  o.data_dir = args.data_dir;
  o.actor_files = args.actor_files;
  o.agent_file = args.agent_file;
  o.verb_file = args.verb_file;
  lexicon::DictChecker checker;
  std::vector<lexicon::DictFinding> findings;
  Status s = lexicon::CheckDictionaries(o, &findings, &checker);
  if (!s.ok()) {
    ReportError("dict check", s.message());
    return 2;
  }
  for (const lexicon::DictFinding& f : findings) std::printf("%s\n", f.ToString().c_str());
  std::fprintf(stderr,
               "dyad dict check: %zu finding%s in %d actor entries (%d persons), %d agent nouns, "
               "%d verb patterns\n",
               findings.size(), findings.size() == 1 ? "" : "s", checker.actor_entries(),
               checker.persons(), checker.agent_nouns(), checker.patterns());
  return findings.empty() ? 0 : 1;
}

int RunDictLookup(const DictLookupArgs& args) {
  text::Date date = Today();
  if (!args.date.empty()) {
    date = text::ParseIsoDate(args.date);
    if (!date.valid()) {
      ReportError("dict lookup", "bad --date '" + args.date + "' (want YYYY-MM-DD)");
      return 2;
    }
  }
  std::unique_ptr<Lexicon> lex;
  Status s = LoadLexicon(args, &lex);
  if (!s.ok()) {
    ReportError("dict lookup", s.message());
    return 2;
  }
  // Actors and agents are stored with short acronyms in capitals ("US" is not "us"); patterns
  // in lower case. Both come from the same tokens, so positions line up.
  const std::vector<std::string> cased = text::NormalizedWords(args.text, true);
  const std::vector<std::string> lower = text::NormalizedWords(args.text, false);
  std::vector<text::Token> toks;
  text::Tokenize(args.text, &toks);
  if (cased.empty() || toks.size() != cased.size()) {
    ReportError("dict lookup", "no words in '" + args.text + "'");
    return 2;
  }
  std::vector<uint32_t> actor_ids, word_ids;
  for (const std::string& w : cased) actor_ids.push_back(lex->vocab().Find(w));
  for (const std::string& w : lower) word_ids.push_back(lex->vocab().Find(w));
  const uint32_t n = static_cast<uint32_t>(cased.size());
  std::printf("'%s' on %s\n", args.text.c_str(), date.ToIso().c_str());
  bool any = false;

  // Actors, then agents, longest match first from each position, as the coder reads them.
  std::string pending_country;  // a country just matched, which a following agent specialises
  for (uint32_t i = 0; i < n;) {
    uint32_t value = 0;
    uint32_t len = lex->actor_trie().LongestMatch(actor_ids.data() + i, n - i, &value);
    if (len > 0) {
      any = true;
      const ActorEntry& a = lex->actors()[value];
      std::printf("actor '%s': %s %s, %s\n", Span(args.text, toks, i, len).c_str(),
                  a.group ? "group" : KindName(a.kind), a.canonical.c_str(), a.origin.c_str());
      if (a.kind == ActorEntry::Kind::kPerson) {
        int chosen = RoleOn(a, date);
        for (size_t r = 0; r < a.roles.size(); ++r) {
          const lexicon::Role& role = a.roles[r];
          std::string office = role.office.empty() ? "" : " " + role.office;
          if (static_cast<int>(r) != chosen) {
            std::printf("  role %-10s %s%s\n", role.code.c_str(), RangeText(role).c_str(),
                        office.c_str());
            continue;
          }
          std::printf("  role %-10s %-24s <- %s%s\n", role.code.c_str(), RangeText(role).c_str(),
                      role.from.valid() || role.to.valid()
                          ? "contains the date"
                          : "no range contains the date: the default",
                      office.empty() ? "" : (" (" + role.office + ")").c_str());
        }
        std::string code = chosen < 0 ? "" : a.roles[chosen].code;
        std::printf("  => %s\n",
                    code.empty() ? "not coded on this date (no role, no default)" : code.c_str());
        pending_country.clear();
      } else if (a.IsNull()) {
        std::printf("  => %s (names no actor: the name in it is not read)\n", a.code.c_str());
        pending_country.clear();
      } else {
        std::printf("  => %s\n", a.code.c_str());
        pending_country = a.IsCountry() ? a.code : "";
      }
      i += len;
      continue;
    }
    len = lex->agent_trie().LongestMatch(actor_ids.data() + i, n - i, &value);
    if (len > 0) {
      any = true;
      const lexicon::AgentEntry& g = lex->agents()[value];
      std::printf("agent '%s': %s (noun '%s'), %s\n", Span(args.text, toks, i, len).c_str(),
                  g.code.c_str(), g.noun.c_str(), g.origin.c_str());
      if (!pending_country.empty()) {
        std::printf("  => %s + %s = %s\n", pending_country.c_str(), g.code.c_str(),
                    (pending_country + g.code).c_str());
      }
      pending_country.clear();
      i += len;
      continue;
    }
    ++i;
  }

  // Verb patterns anchored on each word. A pattern whose other words (and some member of each
  // synonym set) all occur in the phrase is listed first: the phrase most likely triggers it.
  std::unordered_set<uint32_t> present(word_ids.begin(), word_ids.end());
  for (uint32_t i = 0; i < n; ++i) {
    const std::vector<uint32_t>* list = lex->PatternsAt(word_ids[i]);
    if (!list) continue;
    any = true;
    std::vector<std::pair<bool, uint32_t>> ranked;
    for (uint32_t p : *list) {
      const VerbPattern& vp = lex->patterns()[p];
      bool complete = true;
      for (size_t k = 0; k < vp.items.size() && complete; ++k) {
        const PatternItem& it = vp.items[k];
        if (k == vp.anchor) continue;
        if (it.kind == PatternItem::Kind::kWord) {
          complete = std::any_of(it.ids.begin(), it.ids.end(),
                                 [&](uint32_t id) { return present.count(id) > 0; });
        } else if (it.kind == PatternItem::Kind::kSynset) {
          const auto& members = lex->synsets()[it.synset];
          complete = std::any_of(members.begin(), members.end(), [&](const auto& m) {
            return std::all_of(m.begin(), m.end(),
                               [&](uint32_t id) { return present.count(id) > 0; });
          });
        }
      }
      ranked.emplace_back(complete, p);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first && !b.first; });
    std::printf("verb patterns anchored on '%s': %zu\n", Span(args.text, toks, i, 1).c_str(),
                ranked.size());
    size_t shown = 0;
    for (const auto& [complete, p] : ranked) {
      if (!args.all && shown == kPatternsShown) {
        std::printf("  ... %zu more (--all lists them)\n", ranked.size() - shown);
        break;
      }
      const VerbPattern& vp = lex->patterns()[p];
      const lexicon::CameoCode* c = lex->Cameo(vp.code);
      std::printf("  %-5s %-40s %s%s%s\n", vp.code.c_str(), vp.text.c_str(), vp.origin.c_str(),
                  c ? ("  " + c->name).c_str() : "",
                  complete ? "  [every word in the phrase]" : "");
      ++shown;
    }
  }
  if (!any) std::printf("no actor, agent or verb pattern matches\n");
  return any ? 0 : 1;
}

}  // namespace dyad::cli
