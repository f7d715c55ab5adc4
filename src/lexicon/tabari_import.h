// Importers for the dictionaries event coders already maintain: TABARI's `.actors`, `.agents`
// and `.verbs`, and PETRARCH-2's CAMEO.2.0 verb dictionary and Phoenix actor and agent files
// (their syntax: /work/shared/reference/tabari-petrarch-formats.md). Each reader turns a file
// into dyad's own blocks (dict_file.h), which Lexicon::Add*Blocks compiles like any `.dict`.
//
// The two coders match differently from dyad (prefix stems, attribution actors, compound
// actors, paired events). What has no dyad equivalent is dropped or approximated and counted
// in an ImportReport, so a user sees how much of a dictionary came across; only text that
// cannot be read is an error ("FILE:LINE: reason").
#ifndef DYAD_LEXICON_TABARI_IMPORT_H_
#define DYAD_LEXICON_TABARI_IMPORT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "lexicon/dict_file.h"

namespace dyad::lexicon {

class Lexicon;

// What an import produced and what it could not carry over.
struct ImportReport {
  int entries = 0;                      // actor entries, agent nouns or verb patterns made
  std::map<std::string, int> unmapped;  // reason -> number of lines or patterns affected

  void Note(const std::string& reason, int n = 1) { unmapped[reason] += n; }
  bool clean() const { return unmapped.empty(); }
  // One line: "FILE: 120 entries imported; not mapped: 3 x '%' compound actor, ...".
  std::string Summary(const std::string& path) const;
};

enum class DictFormat {
  kDyad,     // dyad's own `.dict` format
  kTabari,   // TABARI `.actors`, `.agents`, `.verbs`
  kPetrarch  // PETRARCH-2 `.txt` dictionaries (CAMEO.2.0 verbs, Phoenix actors and agents)
};

// By extension (`.dict`, `.actors`/`.agents`/`.verbs`, `.txt`), except that a file whose first
// entry is a dyad block header (`actor IRN`, `code 042`, ...) is dyad's whatever its name.
DictFormat DetectDictFormat(const std::string& path, std::string_view content);

// Readers. `path` names the file in error messages and pattern origins. `report` may be null.
// Actors: entries with `[CODE]`, date-restricted codes (`[USAGOV 991201-010114]`, `<D`, `>D`),
// `+` synonyms, code lines (TABARI and Phoenix layouts), `[---]`; ends at `~~`.
Status ReadTabariActors(std::string_view content, const std::string& path,
                        std::vector<DictBlock>* out, ImportReport* report);
// Agents: `PHRASE {PLURALS} [~CODE]` or `[CODE~]`, and `!NAME! = A, B` substitutions.
Status ReadTabariAgents(std::string_view content, const std::string& path,
                        std::vector<DictBlock>* out, ImportReport* report);
// Verbs: TABARI roots with `- ... * ... [CODE]` patterns, `{forms}`, `<SYNSETS>`; PETRARCH
// `--- NAME [CODE] ---` verb blocks, `&SET` synsets and `(prep phrases)`.
Status ReadTabariVerbs(std::string_view content, const std::string& path,
                       std::vector<DictBlock>* out, ImportReport* report);

// Load a dictionary of any of the formats above into `lex`. A file of another role (a `.verbs`
// file given as actors) is an error.
Status AddActorFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report = nullptr);
Status AddAgentFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report = nullptr);
Status AddVerbFileAnyFormat(Lexicon* lex, const std::string& path, ImportReport* report = nullptr);

// "991201" or "19991201" -> "1999-12-01" (two-digit years: 69-99 are 19xx, 00-68 20xx, as
// POSIX's %y). Empty when `digits` is not a valid date.
std::string TabariDateToIso(std::string_view digits);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_TABARI_IMPORT_H_
