// The closed code lists of the CAMEO actor codebook: countries, roles, generic actors, regions.
//
// They are written into the code rather than read from the installed dictionaries so that the
// roles, generic actors and regions of a user's dictionary (lexicon::DictChecker, which checks
// countries against the actor dictionaries loaded with it) and the parts of an exported actor
// code (store export) are judged against the codebook itself.
#ifndef DYAD_LEXICON_CAMEO_CODEBOOK_H_
#define DYAD_LEXICON_CAMEO_CODEBOOK_H_

#include <span>
#include <string_view>

namespace dyad::lexicon {

// ISO 3166-1 alpha-3 (249 countries and territories) and KSV, CAMEO's code for Kosovo.
bool IsCameoCountryCode(std::string_view code);
// The same 250 codes, sorted.
std::span<const std::string_view> CameoCountryCodes();

// A role of the codebook: primary (GOV, MIL, REB, ...), secondary (BUS, MED, ...) and tertiary
// (MOD, RAD).
bool IsCameoRoleCode(std::string_view code);

// A generic non-state actor (IGO, NGO, MNC, ...). First in a code it is followed by an
// organisation's own identifier (IGOUNO); after a country it names a domestic one (GBRNGO).
bool IsCameoGenericCode(std::string_view code);

// A region (AFR, EEU, WST, ...), which stands where a country code does.
bool IsCameoRegionCode(std::string_view code);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_CAMEO_CODEBOOK_H_
