//! `City`: a city the lexicon knows, with the country it lies in.

use std::fmt;
use std::str::FromStr;

use crate::Error;
use crate::model::Country;

/// A city the crate knows: the capitals of the Rabat and Khartoum process countries and of
/// Europe, and the cities where the dialogues have met.
///
/// Text and JSON forms are the city's usual English name; parsing accepts every spelling
/// the lexicon knows, in any case and with or without diacritics.
///
/// ```
/// use rabat::City;
///
/// let lome: City = "Lome".parse()?;
/// assert_eq!(lome.name(), "Lomé");
/// assert_eq!(lome.country().alpha2(), "TG");
/// assert_eq!("marrakech".parse::<City>()?.name(), "Marrakesh");
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct City {
    name: &'static str,
    country: Country,
}

impl City {
    pub(crate) fn new(name: &'static str, country: Country) -> City {
        City { name, country }
    }

    /// The usual English name: `"Marrakesh"` whether the text wrote "Marrakesh" or
    /// "Marrakech".
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The country the city lies in.
    pub fn country(self) -> Country {
        self.country
    }
}

impl fmt::Display for City {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl FromStr for City {
    type Err = Error;

    /// Reads any spelling of a known city.
    ///
    /// # Errors
    /// A city the lexicon does not know (`"Atlantis"`).
    fn from_str(s: &str) -> Result<City, Error> {
        crate::lexicon::city_named(s).ok_or_else(|| Error::unknown("city", s))
    }
}

crate::model::text_serde!(City);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_round_trips() {
        for (text, name, country) in [
            ("Cadiz", "Cádiz", "ES"),
            ("NDJAMENA", "N'Djamena", "TD"),
            ("N’Djamena", "N'Djamena", "TD"),
            ("Luxembourg", "Luxembourg", "LU"),
            ("Sao Tome", "São Tomé", "ST"),
            ("Tangiers", "Tangier", "MA"),
        ] {
            let city: City = text.parse().unwrap();
            assert_eq!(
                (city.name(), city.country().alpha2()),
                (name, country),
                "{text}"
            );
            assert_eq!(city.to_string().parse::<City>().unwrap(), city);
        }
        assert_eq!(
            "Atlantis".parse::<City>().unwrap_err().to_string(),
            r#"unknown city "Atlantis""#
        );
        let json = serde_json::to_string(&"Porto".parse::<City>().unwrap()).unwrap();
        assert_eq!(json, r#""Porto""#);
    }
}
