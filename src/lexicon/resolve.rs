//! Resolving one name, as a user types it, to what it names.

use serde::ser::SerializeMap;

use crate::diagnostic::Span;
use crate::model::{City, Country, Organisation, Process};
use crate::text::Folded;

use super::{Name, lexicon};

/// What a name stands for.
///
/// Serialises as one of `{"country": "CI"}`, `{"city": "Abidjan", "country": "CI"}`,
/// `{"organisation": "ICMPD"}`, `{"process": "khartoum_process"}` or
/// `{"ambiguous": ["CG", "CD"]}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolved {
    /// A country, by any of its names, its demonym, or its code.
    Country(Country),
    /// A known city.
    City(City),
    /// A known organisation.
    Organisation(Organisation),
    /// A related process or framework.
    Process(Process),
    /// A name that fits several countries ("Congolese"); never guessed.
    Ambiguous(Vec<Country>),
}

/// Resolves a name the way announcements and spreadsheets write it: any case, with or
/// without diacritics, straight or curly apostrophes, a leading "the", an acronym in
/// parentheses ("Mixed Migration Centre (MMC)"), or an ISO alpha-2 or alpha-3 code in
/// capitals. `None` when the name is unknown, or names the Rabat Process itself.
///
/// A name that is both a country and a city is the country ("Luxembourg", "Djibouti");
/// an organisation's acronym wins over a country code ("AU" is the African Union).
///
/// ```
/// use rabat::{Resolved, resolve};
///
/// assert_eq!(resolve("Ivory Coast"), Some(Resolved::Country("CI".parse()?)));
/// assert_eq!(resolve("the Kingdom of Morocco"), Some(Resolved::Country("MA".parse()?)));
/// assert_eq!(resolve("Tchad"), Some(Resolved::Country("TD".parse()?)));
/// assert_eq!(resolve("Niger"), Some(Resolved::Country("NE".parse()?)));
/// assert!(matches!(resolve("Congolese"), Some(Resolved::Ambiguous(_))));
/// assert_eq!(resolve("Rabat Process"), None);
/// let json = serde_json::to_string(&resolve("Lome"))?;
/// assert_eq!(json, r#"{"city":"Lomé","country":"TG"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn resolve(name: &str) -> Option<Resolved> {
    // "U.K." keeps its stops; "Senegal." and "“Senegal”" lose theirs.
    if let Some(found) = by_name(name.trim()) {
        return Some(found);
    }
    let trimmed = name.trim_matches(|c: char| {
        c.is_whitespace() || "\"'.,;:\u{201c}\u{201d}\u{2018}\u{2019}".contains(c)
    });
    if trimmed.is_empty() {
        return None;
    }
    if let Some(found) = by_name(trimmed) {
        return Some(found);
    }
    // "Mixed Migration Centre (MMC)": the name before the parentheses, or the acronym.
    if let Some((full, rest)) = trimmed.split_once('(') {
        let inner = rest.trim_end_matches(')');
        return by_name(full.trim()).or_else(|| by_name(inner.trim()));
    }
    let short = trimmed.len() <= 3 && trimmed.bytes().all(|b| b.is_ascii_uppercase());
    match trimmed.len() {
        2 if short => Country::from_alpha2(trimmed).map(Resolved::Country),
        3 if short => Country::from_alpha3(trimmed).map(Resolved::Country),
        _ => None,
    }
}

/// Every name in running text, with its byte span in `text`: countries (also by demonym),
/// cities, organisations, processes, and ambiguous names. One pass of the crate's matcher;
/// the longest name wins and names match whole words only, so "Niger" is not found in
/// "Nigeria" and "Rabat" is not found in "Rabat Process".
///
/// ```
/// use rabat::{Resolved, find_names};
///
/// let text = "Delegates from Niger, Nigeria and the Rabat Process met in Lomé.";
/// let found: Vec<(&str, Resolved)> = find_names(text)
///     .into_iter()
///     .map(|(span, r)| (&text[span.range()], r))
///     .collect();
/// assert_eq!(found.len(), 3);
/// assert_eq!(found[0], ("Niger", Resolved::Country("NE".parse()?)));
/// assert_eq!(found[2].0, "Lomé");
/// # Ok::<(), rabat::Error>(())
/// ```
pub fn find_names(text: &str) -> Vec<(Span, Resolved)> {
    let folded = Folded::new(text);
    let lexicon = lexicon();
    lexicon
        .scan(folded.as_str(), 1)
        .into_iter()
        .filter_map(|hit| {
            let names = lexicon.names(hit);
            let resolved = best_of(names)?;
            Some((folded.input_span(hit.start, hit.end), resolved))
        })
        .collect()
}

fn by_name(name: &str) -> Option<Resolved> {
    best(name).or_else(|| {
        let lower = name.get(..4)?.to_ascii_lowercase();
        (lower == "the ")
            .then(|| best(name.get(4..)?.trim_start()))
            .flatten()
    })
}

/// The most likely meaning of a whole name: a country, then a city, an organisation, a
/// process; an ambiguous demonym when nothing else fits.
fn best(name: &str) -> Option<Resolved> {
    best_of(lexicon().meanings_of(name))
}

fn best_of<'a>(meanings: impl Iterator<Item = &'a Name>) -> Option<Resolved> {
    let mut found: Option<(u8, Resolved)> = None;
    for meaning in meanings {
        let candidate = match meaning {
            Name::Country(c) | Name::Demonym(c) => (0, Resolved::Country(*c)),
            Name::City(c) => (1, Resolved::City(*c)),
            Name::Organisation(o) => (2, Resolved::Organisation(o.clone())),
            Name::Process(p) => (3, Resolved::Process(*p)),
            Name::Ambiguous(all) => (4, Resolved::Ambiguous(all.clone())),
            _ => continue,
        };
        if found.as_ref().is_none_or(|(rank, _)| candidate.0 < *rank) {
            found = Some(candidate);
        }
    }
    found.map(|(_, r)| r)
}

impl serde::Serialize for Resolved {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let len = if matches!(self, Resolved::City(_)) {
            2
        } else {
            1
        };
        let mut map = s.serialize_map(Some(len))?;
        match self {
            Resolved::Country(c) => map.serialize_entry("country", c)?,
            Resolved::City(c) => {
                map.serialize_entry("city", c.name())?;
                map.serialize_entry("country", &c.country())?;
            }
            Resolved::Organisation(o) => map.serialize_entry("organisation", o)?,
            Resolved::Process(p) => map.serialize_entry("process", p)?,
            Resolved::Ambiguous(all) => map.serialize_entry("ambiguous", all)?,
        }
        map.end()
    }
}
