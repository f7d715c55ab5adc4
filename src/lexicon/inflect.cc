#include "lexicon/inflect.h"

#include <algorithm>
#include <fstream>
#include <string_view>

namespace dyad::lexicon {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The irregular verbs of political news, so that coding does not depend on WordNet being there.
constexpr const char* kIrregular[][3] = {
    {"be", "was", "been"},         {"begin", "began", "begun"},
    {"break", "broke", "broken"},  {"bring", "brought", "brought"},
    {"build", "built", "built"},   {"buy", "bought", "bought"},
    {"catch", "caught", "caught"}, {"choose", "chose", "chosen"},
    {"come", "came", "come"},      {"cut", "cut", "cut"},
    {"deal", "dealt", "dealt"},    {"do", "did", "done"},
    {"draw", "drew", "drawn"},     {"drive", "drove", "driven"},
    {"fall", "fell", "fallen"},    {"feel", "felt", "felt"},
    {"fight", "fought", "fought"}, {"find", "found", "found"},
    {"flee", "fled", "fled"},      {"fly", "flew", "flown"},
    {"forbid", "forbade", "forbidden"}, {"forgive", "forgave", "forgiven"},
    {"freeze", "froze", "frozen"}, {"get", "got", "gotten"},
    {"give", "gave", "given"},     {"go", "went", "gone"},
    {"hang", "hung", "hung"},      {"have", "had", "had"},
    {"hear", "heard", "heard"},    {"hide", "hid", "hidden"},
    {"hit", "hit", "hit"},         {"hold", "held", "held"},
    {"hurt", "hurt", "hurt"},      {"keep", "kept", "kept"},
    {"know", "knew", "known"},     {"lay", "laid", "laid"},
    {"lead", "led", "led"},        {"leave", "left", "left"},
    {"lend", "lent", "lent"},      {"let", "let", "let"},
    {"lose", "lost", "lost"},      {"make", "made", "made"},
    {"mean", "meant", "meant"},    {"meet", "met", "met"},
    {"pay", "paid", "paid"},       {"put", "put", "put"},
    {"quit", "quit", "quit"},      {"rise", "rose", "risen"},
    {"run", "ran", "run"},         {"say", "said", "said"},
    {"see", "saw", "seen"},        {"seek", "sought", "sought"},
    {"sell", "sold", "sold"},      {"send", "sent", "sent"},
    {"set", "set", "set"},         {"shake", "shook", "shaken"},
    {"shoot", "shot", "shot"},     {"shut", "shut", "shut"},
    {"sit", "sat", "sat"},         {"slay", "slew", "slain"},
    {"speak", "spoke", "spoken"},  {"spend", "spent", "spent"},
    {"split", "split", "split"},   {"spread", "spread", "spread"},
    {"stand", "stood", "stood"},   {"steal", "stole", "stolen"},
    {"strike", "struck", "struck"}, {"swear", "swore", "sworn"},
    {"take", "took", "taken"},     {"teach", "taught", "taught"},
    {"tell", "told", "told"},      {"think", "thought", "thought"},
    {"throw", "threw", "thrown"},  {"undertake", "undertook", "undertaken"},
    {"uphold", "upheld", "upheld"}, {"wage", "waged", "waged"},
    {"win", "won", "won"},         {"withdraw", "withdrew", "withdrawn"},
    {"withhold", "withheld", "withheld"}, {"write", "wrote", "written"},
    {"overthrow", "overthrew", "overthrown"}, {"shoot down", "shot down", "shot down"},
    {"arise", "arose", "arisen"},  {"bear", "bore", "borne"},
    {"beat", "beat", "beaten"},    {"bid", "bid", "bid"},
    {"bind", "bound", "bound"},    {"bite", "bit", "bitten"},
    {"blow", "blew", "blown"},     {"forsake", "forsook", "forsaken"},
    {"grant", "granted", "granted"}, {"overtake", "overtook", "overtaken"},
    {"ride", "rode", "ridden"},    {"seize", "seized", "seized"},
    {"sink", "sank", "sunk"},      {"sting", "stung", "stung"},
    {"strive", "strove", "striven"}, {"tear", "tore", "torn"},
    {"wake", "woke", "woken"},     {"wear", "wore", "worn"},
    {"weep", "wept", "wept"},      {"wind", "wound", "wound"},
};

}  // namespace

Inflector::Inflector(const std::string& wordnet_verb_exc) {
  for (const auto& row : kIrregular) {
    auto& forms = irregular_[row[0]];
    forms.push_back(row[1]);
    forms.push_back(row[2]);
  }
  irregular_["be"].insert(irregular_["be"].end(), {"is", "are", "were", "am", "being"});
  irregular_["have"].push_back("has");
  irregular_["do"].push_back("does");
  irregular_["go"].push_back("goes");
  std::ifstream in(wordnet_verb_exc);
  std::string line;
  // Each line: the inflected form and its base, separated by blanks (then other bases, not
  // read). A stream per line (std::istringstream) cost more than the rest of the load.
  auto next_field = [](std::string_view* rest) {
    auto blank = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    size_t b = 0;
    while (b < rest->size() && blank((*rest)[b])) ++b;
    size_t e = b;
    while (e < rest->size() && !blank((*rest)[e])) ++e;
    std::string_view field = rest->substr(b, e - b);
    rest->remove_prefix(e);
    return field;
  };
  while (std::getline(in, line)) {
    std::string_view rest = line;
    std::string inflected(next_field(&rest));
    std::string base(next_field(&rest));
    if (base.empty()) continue;
    std::replace(inflected.begin(), inflected.end(), '_', ' ');
    std::replace(base.begin(), base.end(), '_', ' ');
    auto& forms = irregular_[base];
    if (std::find(forms.begin(), forms.end(), inflected) == forms.end()) {
      forms.push_back(inflected);
    }
  }
}

std::vector<std::string> Inflector::VerbForms(std::string_view lemma_view) const {
  std::string lemma(lemma_view);
  std::vector<std::string> out = {lemma};
  auto add = [&](std::string s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  if (auto it = irregular_.find(lemma); it != irregular_.end()) {
    for (const auto& f : it->second) add(f);
  }
  const size_t n = lemma.size();
  if (n == 0) return out;
  char last = lemma[n - 1];
  char prev = n >= 2 ? lemma[n - 2] : 0;
  // Third person singular.
  if (last == 'y' && n >= 2 && !IsVowel(prev)) {
    add(lemma.substr(0, n - 1) + "ies");
  } else if (last == 's' || last == 'x' || last == 'z' || last == 'o' ||
             (last == 'h' && (prev == 'c' || prev == 's'))) {
    add(lemma + "es");
  } else {
    add(lemma + "s");
  }
  // Past and present participle.
  if (last == 'e') {
    add(lemma + "d");
    add(lemma.substr(0, n - 1) + "ing");
    if (prev == 'e' || prev == 'y' || prev == 'o') add(lemma + "ing");  // agreeing, seeing
  } else if (last == 'y' && n >= 2 && !IsVowel(prev)) {
    add(lemma.substr(0, n - 1) + "ied");
    add(lemma + "ing");
  } else {
    add(lemma + "ed");
    add(lemma + "ing");
    // Consonant doubling (stop -> stopped; British travel -> travelled). Generated whenever the
    // lemma ends consonant-vowel-consonant; a wrong doubled form simply never occurs.
    if (n >= 3 && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(prev) &&
        !IsVowel(lemma[n - 3])) {
      add(lemma + last + "ed");
      add(lemma + last + "ing");
    }
  }
  return out;
}

std::vector<std::string> Inflector::NounForms(std::string_view noun_view) {
  std::string noun(noun_view);
  std::vector<std::string> out = {noun};
  const size_t n = noun.size();
  if (n < 2) return out;
  char last = noun[n - 1];
  char prev = noun[n - 2];
  bool alpha = (last >= 'a' && last <= 'z');
  if (!alpha) return out;
  if (last == 'y' && !IsVowel(prev)) {
    out.push_back(noun.substr(0, n - 1) + "ies");
  } else if (last == 's' || last == 'x' || last == 'z' ||
             (last == 'h' && (prev == 'c' || prev == 's'))) {
    out.push_back(noun + "es");
  } else {
    out.push_back(noun + "s");
  }
  if (n > 4 && noun.compare(n - 3, 3, "man") == 0) out.push_back(noun.substr(0, n - 3) + "men");
  return out;
}

}  // namespace dyad::lexicon
