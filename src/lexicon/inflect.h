// English inflection for dictionary entries: the forms a verb lemma or a noun takes in text.
// Over-generation is harmless (a form that never occurs never matches), so regular rules are
// applied generously; irregular verbs come from a built-in table and, when installed, WordNet's
// verb.exc.
#ifndef DYAD_LEXICON_INFLECT_H_
#define DYAD_LEXICON_INFLECT_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::lexicon {

class Inflector {
 public:
  // Reads WordNet's verb exceptions from `wordnet_verb_exc` when the file exists.
  explicit Inflector(const std::string& wordnet_verb_exc = "/usr/share/wordnet/verb.exc");

  // The lemma and every inflected form: visit -> visit visits visited visiting.
  std::vector<std::string> VerbForms(std::string_view lemma) const;
  // Singular and regular plural: militia -> militia militias; country -> countries.
  static std::vector<std::string> NounForms(std::string_view noun);

 private:
  std::unordered_map<std::string, std::vector<std::string>> irregular_;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_INFLECT_H_
