//! `Query`: filters over meetings that read as the question asked.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::model::{ActionArea, Country, Meeting, MeetingKind, Mode, Process, Role, Theme};

/// One condition a meeting must meet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Condition {
    /// The country played a role (any role, or the one given).
    Country {
        /// The country.
        country: Country,
        /// The role it played; any role when `None`.
        role: Option<Role>,
    },
    /// Some party played this role.
    Role(Role),
    /// The meeting took place in this country.
    Venue(Country),
    /// The meeting took place in this city (compared without regard to case or accents).
    City(String),
    /// The meeting was about this theme.
    Theme(Theme),
    /// The meeting was about a theme of this action area.
    Area(ActionArea),
    /// The meeting was of this kind.
    Kind(MeetingKind),
    /// The meeting was held in this mode.
    Mode(Mode),
    /// The meeting took place (at least in part) in this year.
    Year(i32),
    /// The meeting shares a day with this range (both ends included).
    Between(NaiveDate, NaiveDate),
    /// The announcement mentions this process.
    Process(Process),
}

impl Condition {
    /// Whether `m` meets the condition.
    pub fn matches(&self, m: &Meeting) -> bool {
        match self {
            Condition::Country { country, role } => m.involves(*country, *role),
            Condition::Role(role) => m.parties(*role).next().is_some(),
            Condition::Venue(country) => m.country == Some(*country),
            Condition::City(city) => m.city.as_deref().is_some_and(|c| same_name(c, city)),
            Condition::Theme(theme) => m.themes.contains(*theme),
            Condition::Area(area) => m.areas().contains(*area),
            Condition::Kind(kind) => m.kind == *kind,
            Condition::Mode(mode) => m.mode == Some(*mode),
            Condition::Year(year) => m.date.is_some_and(|d| {
                NaiveDate::from_ymd_opt(*year, 1, 1)
                    .zip(NaiveDate::from_ymd_opt(*year, 12, 31))
                    .is_some_and(|(from, to)| d.overlaps(from, to))
            }),
            Condition::Between(from, to) => m.date.is_some_and(|d| d.overlaps(*from, *to)),
            Condition::Process(p) => m.processes.contains(*p),
        }
    }
}

fn same_name(a: &str, b: &str) -> bool {
    crate::text::fold_key(a) == crate::text::fold_key(b)
}

/// A question about meetings: a conjunction of conditions, built step by step.
///
/// A query can be stored, printed and read back: its text form is space-separated
/// `key=value` pairs (`country=MA role=host theme=border_management year=2019`), the
/// command-line flags of the `query` example without their dashes.
///
/// ```
/// use rabat::{Query, Role, Theme};
///
/// let page = include_str!("../tests/data/thematic-meetings-page-1.txt");
/// let archive: rabat::Archive = rabat::parse_page(page).meetings.into_iter().collect();
///
/// // Which meetings did Morocco co-chair?
/// let q = Query::new().country_with_role("MA".parse()?, Role::CoChair);
/// let cities: Vec<_> = archive.select(&q).filter_map(|m| m.city.as_deref()).collect();
/// assert_eq!(cities, ["Rabat", "Madrid"]);
///
/// // The same question as text, as stored or typed.
/// let again: Query = "country=MA role=co_chair".parse()?;
/// assert_eq!(again, q);
/// assert_eq!(q.to_string(), "country=MA role=co_chair");
///
/// // Iterator style: meetings on trafficking since 2015.
/// let since_2015 = archive.iter().filter(|m| {
///     m.themes.contains(Theme::TraffickingInHumanBeings) && m.start().is_some_and(|d| d.year() >= 2015)
/// });
/// assert_eq!(since_2015.count(), 2);
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Query {
    conditions: Vec<Condition>,
}

impl Query {
    /// The query every meeting matches.
    pub fn new() -> Query {
        Query::default()
    }

    /// Adds a condition.
    pub fn and(mut self, condition: Condition) -> Query {
        self.conditions.push(condition);
        self
    }

    /// The conditions, in the order they were added.
    pub fn conditions(&self) -> &[Condition] {
        &self.conditions
    }

    /// Whether `m` meets every condition.
    pub fn matches(&self, m: &Meeting) -> bool {
        self.conditions.iter().all(|c| c.matches(m))
    }

    /// Meetings where `country` played any role.
    pub fn country(self, country: Country) -> Query {
        self.and(Condition::Country {
            country,
            role: None,
        })
    }

    /// Meetings where `country` played `role`.
    pub fn country_with_role(self, country: Country, role: Role) -> Query {
        self.and(Condition::Country {
            country,
            role: Some(role),
        })
    }

    /// Meetings hosted by `country`.
    pub fn hosted_by(self, country: Country) -> Query {
        self.country_with_role(country, Role::Host)
    }

    /// Meetings where some party played `role`.
    pub fn role(self, role: Role) -> Query {
        self.and(Condition::Role(role))
    }

    /// Meetings held in `country`.
    pub fn venue(self, country: Country) -> Query {
        self.and(Condition::Venue(country))
    }

    /// Meetings held in `city`, however its accents and case are written.
    pub fn city(self, city: impl Into<String>) -> Query {
        self.and(Condition::City(city.into()))
    }

    /// Meetings about `theme`.
    pub fn theme(self, theme: Theme) -> Query {
        self.and(Condition::Theme(theme))
    }

    /// Meetings about a theme of `area`.
    pub fn area(self, area: ActionArea) -> Query {
        self.and(Condition::Area(area))
    }

    /// Meetings of `kind`.
    pub fn kind(self, kind: MeetingKind) -> Query {
        self.and(Condition::Kind(kind))
    }

    /// Meetings held in `mode`.
    pub fn mode(self, mode: Mode) -> Query {
        self.and(Condition::Mode(mode))
    }

    /// Meetings that took place (at least in part) in `year`.
    pub fn year(self, year: i32) -> Query {
        self.and(Condition::Year(year))
    }

    /// Meetings that share a day with `from..=to`.
    pub fn between(self, from: NaiveDate, to: NaiveDate) -> Query {
        self.and(Condition::Between(from, to))
    }

    /// Meetings whose announcement mentions `process`.
    pub fn process(self, process: Process) -> Query {
        self.and(Condition::Process(process))
    }
}

impl fmt::Display for Query {
    /// Writes `key=value` pairs separated by spaces; `FromStr` reads them back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut pair = |f: &mut fmt::Formatter<'_>, key: &str, value: &dyn fmt::Display| {
            let sep = if first { "" } else { " " };
            first = false;
            write!(f, "{sep}{key}={value}")
        };
        for c in &self.conditions {
            match c {
                Condition::Country { country, role } => {
                    pair(f, "country", country)?;
                    if let Some(role) = role {
                        pair(f, "role", role)?;
                    }
                }
                Condition::Role(role) => pair(f, "role", role)?,
                Condition::Venue(country) => pair(f, "venue", country)?,
                Condition::City(city) => pair(f, "city", &city.replace(' ', "_"))?,
                Condition::Theme(theme) => pair(f, "theme", theme)?,
                Condition::Area(area) => pair(f, "area", area)?,
                Condition::Kind(kind) => pair(f, "kind", kind)?,
                Condition::Mode(mode) => pair(f, "mode", mode)?,
                Condition::Year(year) => pair(f, "year", year)?,
                Condition::Between(from, to) => {
                    // An open end is left out, as it was when read.
                    if *from != NaiveDate::MIN {
                        pair(f, "from", from)?;
                    }
                    if *to != NaiveDate::MAX {
                        pair(f, "to", to)?;
                    }
                }
                Condition::Process(p) => pair(f, "process", p)?,
            }
        }
        Ok(())
    }
}

impl FromStr for Query {
    type Err = Error;

    /// Reads space-separated `key=value` pairs: `country`, `role`, `venue`, `city` (with
    /// `_` for spaces), `theme`, `area`, `kind`, `mode`, `year`, `from`, `to`, `process`.
    /// A `role` right after a `country` is that country's role; alone, any party's. `from`
    /// and `to` make one range; either may be left out.
    ///
    /// # Errors
    /// Unknown keys (`colour=red`), pairs without `=`, and values their type does not read
    /// (`year=soon`, `theme=weather`).
    fn from_str(s: &str) -> Result<Query, Error> {
        let mut q = Query::new();
        // "from" and "to" make one range, in the place where the first of them stands.
        let mut range: Option<usize> = None;
        for pair in s.split_whitespace() {
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| Error::unknown("query term (expected KEY=VALUE)", pair))?;
            match key {
                "country" => q = q.country(value.parse()?),
                "role" => {
                    let role: Role = value.parse()?;
                    match q.conditions.last_mut() {
                        Some(Condition::Country { role: r @ None, .. }) => *r = Some(role),
                        _ => q = q.role(role),
                    }
                }
                "venue" => q = q.venue(value.parse()?),
                "city" => q = q.city(value.replace('_', " ")),
                "theme" => q = q.theme(value.parse()?),
                "area" => q = q.area(value.parse()?),
                "kind" => q = q.kind(value.parse()?),
                "mode" => q = q.mode(value.parse()?),
                "year" => {
                    let year = value.parse().map_err(|_| Error::unknown("year", value))?;
                    q = q.year(year);
                }
                "from" | "to" => {
                    let day = parse_day(value)?;
                    let at = *range.get_or_insert_with(|| {
                        q.conditions
                            .push(Condition::Between(NaiveDate::MIN, NaiveDate::MAX));
                        q.conditions.len() - 1
                    });
                    if let Some(Condition::Between(from, to)) = q.conditions.get_mut(at) {
                        if key == "from" {
                            *from = day;
                        } else {
                            *to = day;
                        }
                    }
                }
                "process" => q = q.process(value.parse()?),
                _ => return Err(Error::unknown("query key", key)),
            }
        }
        Ok(q)
    }
}

/// A day written `YYYY-MM-DD`.
pub(crate) fn parse_day(value: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| Error::unknown("day (expected YYYY-MM-DD)", value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_round_trips() {
        for text in [
            "country=MA role=host theme=border_management year=2019",
            "role=guest venue=ES city=Cidade_Velha area=4 kind=workshop mode=virtual",
            "from=2016-01-01 to=2017-12-31 process=khartoum_process",
            "to=2017-12-31",
            "",
        ] {
            let q: Query = text.parse().unwrap();
            assert_eq!(q.to_string(), text);
        }
    }

    #[test]
    fn bad_terms_are_errors() {
        let err = "colour=red".parse::<Query>().unwrap_err();
        assert_eq!(err.to_string(), r#"unknown query key "colour""#);
        assert!("year=soon".parse::<Query>().is_err());
        assert!("theme=weather".parse::<Query>().is_err());
        assert!("country".parse::<Query>().is_err());
        assert!("from=2019-02-30".parse::<Query>().is_err());
    }

    #[test]
    fn json_round_trips() {
        let q: Query = "country=MA role=host year=2019 from=2019-01-01"
            .parse()
            .unwrap();
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(serde_json::from_str::<Query>(&json).unwrap(), q);
    }
}
