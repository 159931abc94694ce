//! `Country`: an ISO 3166-1 country, with its place in the Rabat Process.

use std::fmt;
use std::str::FromStr;

use isocountry::CountryCode;

use crate::Error;

/// A country, as ISO 3166-1 defines it.
///
/// Text and JSON forms are the alpha-2 code (`"CI"`); [`Country::name`] gives the English
/// name. Parsing accepts alpha-2 and alpha-3 codes and every name the crate's lexicon knows
/// (`"Côte d'Ivoire"`, `"Ivory Coast"`, `"Kingdom of Morocco"`, `"Tchad"`).
///
/// ```
/// use rabat::Country;
///
/// let ci: Country = "Cote d'Ivoire".parse()?;
/// assert_eq!(ci.alpha2(), "CI");
/// assert_eq!(ci.alpha3(), "CIV");
/// assert_eq!(ci.name(), "Côte d'Ivoire");
/// assert_eq!(ci.to_string(), "CI");
/// assert!(ci.is_partner());
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(CountryCode);

impl Ord for Country {
    /// Countries order by alpha-2 code.
    fn cmp(&self, other: &Country) -> std::cmp::Ordering {
        self.alpha2().cmp(other.alpha2())
    }
}

impl PartialOrd for Country {
    fn partial_cmp(&self, other: &Country) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The part of the world a country lies in, after the UN geoscheme, with Africa split as
/// the dialogue's regions are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// Algeria, Egypt, Libya, Morocco, Sudan, Tunisia, Western Sahara.
    NorthAfrica,
    /// From Mauritania and Cabo Verde to Nigeria.
    WestAfrica,
    /// From Cameroon and Chad to the Democratic Republic of the Congo and Angola.
    CentralAfrica,
    /// The Horn of Africa and East Africa.
    EastAfrica,
    /// Southern Africa.
    SouthernAfrica,
    /// Europe, Türkiye and the Caucasus included.
    Europe,
    /// The rest of the world.
    Other,
}

impl Region {
    /// Whether the region lies in Africa.
    pub fn is_african(self) -> bool {
        matches!(
            self,
            Region::NorthAfrica
                | Region::WestAfrica
                | Region::CentralAfrica
                | Region::EastAfrica
                | Region::SouthernAfrica
        )
    }
}

impl Country {
    /// The country with this alpha-2 code, in any case.
    pub fn from_alpha2(code: &str) -> Option<Country> {
        CountryCode::for_alpha2_caseless(code).ok().map(Country)
    }

    /// The country with this alpha-3 code, in any case.
    pub fn from_alpha3(code: &str) -> Option<Country> {
        CountryCode::for_alpha3_caseless(code).ok().map(Country)
    }

    /// Every ISO 3166-1 country, in alpha-2 order.
    pub fn all() -> impl Iterator<Item = Country> {
        CountryCode::iter_alpha2().map(|&code| Country(code))
    }

    /// The alpha-2 code: `"CI"`.
    pub fn alpha2(self) -> &'static str {
        self.0.alpha2()
    }

    /// The alpha-3 code: `"CIV"`.
    pub fn alpha3(self) -> &'static str {
        self.0.alpha3()
    }

    /// The country's usual English name: `"Côte d'Ivoire"`, `"United Kingdom"`, `"Eswatini"`.
    pub fn name(self) -> &'static str {
        common_name(self.alpha2()).unwrap_or_else(|| self.0.name())
    }

    /// The ISO 3166-1 code this country wraps.
    pub fn code(self) -> CountryCode {
        self.0
    }

    /// Where in the world the country lies.
    pub fn region(self) -> Region {
        let code = self.alpha2();
        REGIONS
            .iter()
            .find(|(_, codes)| codes.contains(&code))
            .map_or(Region::Other, |(region, _)| *region)
    }

    /// Whether the country is a partner of the Rabat Process.
    pub fn is_partner(self) -> bool {
        PARTNERS.contains(&self.alpha2())
    }

    /// Whether the country takes part in the Rabat Process as an observer (Algeria, Libya).
    pub fn is_observer(self) -> bool {
        OBSERVERS.contains(&self.alpha2())
    }

    /// The Rabat Process partners, in alpha-2 order.
    pub fn partners() -> impl Iterator<Item = Country> {
        Country::all().filter(|c| c.is_partner())
    }
}

impl From<CountryCode> for Country {
    fn from(code: CountryCode) -> Country {
        Country(code)
    }
}

impl From<Country> for CountryCode {
    fn from(country: Country) -> CountryCode {
        country.0
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.alpha2())
    }
}

impl fmt::Display for Country {
    /// Writes the alpha-2 code, which `FromStr` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

impl FromStr for Country {
    type Err = Error;

    /// Reads an alpha-2 or alpha-3 code, or a name the lexicon knows.
    ///
    /// # Errors
    /// Unknown names (`"Atlantis"`), and names that could be several countries
    /// (`"Congolese"`).
    fn from_str(s: &str) -> Result<Country, Error> {
        let trimmed = s.trim();
        let by_code = match trimmed.len() {
            2 if trimmed.bytes().all(|b| b.is_ascii_uppercase()) => Country::from_alpha2(trimmed),
            3 if trimmed.bytes().all(|b| b.is_ascii_uppercase()) => Country::from_alpha3(trimmed),
            _ => None,
        };
        by_code
            .or_else(|| crate::lexicon::country_named(trimmed))
            .ok_or_else(|| Error::unknown("country", s))
    }
}

crate::model::text_serde!(Country);

/// English names where the ISO short name is long-winded or out of date.
fn common_name(alpha2: &str) -> Option<&'static str> {
    Some(match alpha2 {
        "BO" => "Bolivia",
        "BQ" => "Caribbean Netherlands",
        "BN" => "Brunei",
        "CD" => "Democratic Republic of the Congo",
        "CG" => "Republic of the Congo",
        "FK" => "Falkland Islands",
        "FM" => "Micronesia",
        "GB" => "United Kingdom",
        "IR" => "Iran",
        "KP" => "North Korea",
        "KR" => "South Korea",
        "LA" => "Laos",
        "MD" => "Moldova",
        "MF" => "Saint Martin",
        "MK" => "North Macedonia",
        "PS" => "Palestine",
        "RU" => "Russia",
        "SH" => "Saint Helena",
        "SX" => "Sint Maarten",
        "SY" => "Syria",
        "SZ" => "Eswatini",
        "TR" => "Türkiye",
        "TW" => "Taiwan",
        "TZ" => "Tanzania",
        "US" => "United States",
        "VE" => "Venezuela",
        "VG" => "British Virgin Islands",
        "VI" => "United States Virgin Islands",
        "VN" => "Vietnam",
        "CC" => "Cocos Islands",
        _ => return None,
    })
}

/// Partner countries of the Rabat Process: the West, Central and North African partners and
/// the European ones (EU member states, Norway, Switzerland, the United Kingdom).
const PARTNERS: &[&str] = &[
    // Africa
    "BJ", "BF", "CM", "CV", "CF", "TD", "CG", "CD", "CI", "EG", "GQ", "GA", "GM", "GH", "GN", "GW",
    "LR", "ML", "MR", "MA", "NE", "NG", "SN", "SL", "TG", "TN", // Europe
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH", "GB",
];

/// Observer countries of the Rabat Process.
const OBSERVERS: &[&str] = &["DZ", "LY"];

const REGIONS: &[(Region, &[&str])] = &[
    (
        Region::NorthAfrica,
        &["DZ", "EG", "LY", "MA", "SD", "TN", "EH"],
    ),
    (
        Region::WestAfrica,
        &[
            "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN",
            "SL", "TG", "SH",
        ],
    ),
    (
        Region::CentralAfrica,
        &["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"],
    ),
    (
        Region::EastAfrica,
        &[
            "BI", "KM", "DJ", "ER", "ET", "KE", "MG", "MW", "MU", "YT", "MZ", "RE", "RW", "SC",
            "SO", "SS", "UG", "TZ", "ZM", "ZW", "IO", "TF",
        ],
    ),
    (Region::SouthernAfrica, &["BW", "SZ", "LS", "NA", "ZA"]),
    (
        Region::Europe,
        &[
            "AL", "AD", "AT", "BY", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FO", "FI",
            "FR", "DE", "GI", "GR", "GG", "VA", "HU", "IS", "IE", "IM", "IT", "JE", "LV", "LI",
            "LT", "LU", "MT", "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "RU", "SM",
            "RS", "SK", "SI", "ES", "SJ", "SE", "CH", "UA", "GB", "AX", "TR", "GE", "AM", "AZ",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Country {
        Country::from_alpha2(code).unwrap()
    }

    #[test]
    fn codes_and_names() {
        assert_eq!(c("es").alpha3(), "ESP");
        assert_eq!(c("GB").name(), "United Kingdom");
        assert_eq!(c("SN").name(), "Senegal");
        assert_eq!(Country::from_alpha3("mar"), Some(c("MA")));
        assert_eq!(Country::from_alpha2("XX"), None);
        assert_eq!(Country::all().count(), 249);
        assert_eq!(format!("{:?}", c("PT")), "Country(PT)");
    }

    #[test]
    fn text_and_json_agree() {
        for country in Country::all() {
            assert_eq!(country.to_string().parse::<Country>().unwrap(), country);
            let json = serde_json::to_string(&country).unwrap();
            assert_eq!(json, format!("\"{}\"", country.alpha2()));
            assert_eq!(serde_json::from_str::<Country>(&json).unwrap(), country);
        }
        assert_eq!("ESP".parse::<Country>().unwrap(), c("ES"));
        assert_eq!("Kingdom of Spain".parse::<Country>().unwrap(), c("ES"));
        let err = "Atlantis".parse::<Country>().unwrap_err();
        assert_eq!(err.to_string(), r#"unknown country "Atlantis""#);
    }

    #[test]
    fn partnership_and_regions() {
        assert_eq!(Country::partners().count(), PARTNERS.len());
        assert!(c("MA").is_partner() && !c("MA").is_observer());
        assert!(c("DZ").is_observer() && !c("DZ").is_partner());
        assert!(!c("LB").is_partner());
        assert_eq!(c("MR").region(), Region::WestAfrica);
        assert_eq!(c("TD").region(), Region::CentralAfrica);
        assert_eq!(c("NO").region(), Region::Europe);
        assert_eq!(c("LB").region(), Region::Other);
        assert!(c("EG").region().is_african());
        for code in PARTNERS.iter().chain(OBSERVERS) {
            assert!(Country::from_alpha2(code).is_some(), "{code}");
        }
    }
}
