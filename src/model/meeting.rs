//! `Meeting`: one announced meeting, and its participant figures.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::diagnostic::Span;
use crate::model::{
    ActionArea, Country, DateSpan, MeetingKind, Mode, Organisation, PartialDate, Party, Process,
    Role, Roles, Set, Theme,
};

/// How many took part, as the announcement states it. Every figure is optional.
///
/// `countries` is the total number of countries; where the text gives only the European and
/// African figures, it is their sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Participants {
    /// People who took part ("80 participants").
    pub people: Option<u32>,
    /// Countries represented ("33 partner countries"): the total stated, or else the sum
    /// of the figures stated by region ("9 European and 12 African countries" are 21).
    pub countries: Option<u32>,
    /// European countries represented.
    pub european: Option<u32>,
    /// African countries represented.
    pub african: Option<u32>,
}

impl Participants {
    /// Whether no figure is stated.
    pub fn is_empty(&self) -> bool {
        self.people.is_none()
            && self.countries.is_none()
            && self.european.is_none()
            && self.african.is_none()
    }
}

/// One meeting, as an announcement describes it.
///
/// Built by the parser ([`crate::parse_page`], [`crate::parse_announcement`] or `FromStr`);
/// every field is public so that downstream code can build and adjust meetings too. Roles,
/// themes and processes are sets ([`Roles`], [`Set`]) that keep their own order, so two
/// meetings that say the same are equal whatever order the text named things in.
///
/// JSON form is the record of `RECORD.md`: `city`, `country` (alpha-2), `start` and `end`
/// (ISO 8601 at the known precision), `kind`, `title`, `mode`, `roles`, `themes`,
/// `processes`, `participants` and `span`, plus the announcement's `header` and `body`.
///
/// ```
/// use rabat::{Meeting, Role};
///
/// let m: Meeting = "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.".parse()?;
/// assert_eq!(m.city.as_deref(), Some("Madrid"));
/// assert_eq!(m.country.map(|c| c.alpha2()), Some("ES"));
/// assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("1-2 July 2019"));
/// let co_chairs: Vec<String> = m.parties(Role::CoChair).map(|p| p.to_string()).collect();
/// assert_eq!(co_chairs, ["Morocco"]);
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(into = "MeetingRecord", try_from = "MeetingRecord")]
pub struct Meeting {
    /// The venue city as the announcement names it.
    pub city: Option<String>,
    /// The venue country, from the text or else from the city.
    pub country: Option<Country>,
    /// When the meeting took place.
    pub date: Option<DateSpan>,
    /// What sort of meeting it was.
    pub kind: MeetingKind,
    /// The meeting's own title, without quotes.
    pub title: Option<String>,
    /// Whether it was held online or hybrid; `None` for in person or unstated.
    pub mode: Option<Mode>,
    /// Every party with a stated role in this meeting.
    pub roles: Roles,
    /// What the meeting was about.
    pub themes: Set<Theme>,
    /// Other processes and frameworks the announcement mentions.
    pub processes: Set<Process>,
    /// Participant figures, when any is stated.
    pub participants: Option<Participants>,
    /// The announcement's header, as written: its header line (a card's place and dates,
    /// an event's date line), with the title lines above it if it has any.
    pub header: String,
    /// The announcement's body paragraphs, as written.
    pub body: String,
    /// Where the announcement lies in the parsed input (header through last paragraph).
    pub span: Span,
}

impl Meeting {
    /// The parties that played `role`.
    pub fn parties(&self, role: Role) -> impl Iterator<Item = &Party> {
        self.roles
            .iter()
            .filter(move |pr| pr.role == role)
            .map(|pr| &pr.party)
    }

    /// The roles `party` played in this meeting.
    pub fn roles_of<'a>(&'a self, party: &'a Party) -> impl Iterator<Item = Role> + 'a {
        self.roles
            .iter()
            .filter(move |pr| &pr.party == party)
            .map(|pr| pr.role)
    }

    /// Whether `country` played any role, or `role` where one is given.
    pub fn involves(&self, country: Country, role: Option<Role>) -> bool {
        self.roles
            .iter()
            .any(|pr| pr.party.country() == Some(country) && role.is_none_or(|r| r == pr.role))
    }

    /// The action areas the meeting's themes belong to.
    pub fn areas(&self) -> Set<ActionArea> {
        self.themes.iter().map(Theme::area).collect()
    }

    /// The first date, if known.
    pub fn start(&self) -> Option<PartialDate> {
        self.date.map(DateSpan::start)
    }

    /// The last date, if known.
    pub fn end(&self) -> Option<PartialDate> {
        self.date.map(DateSpan::end)
    }
}

impl FromStr for Meeting {
    type Err = Error;

    /// Parses one announcement; see [`crate::parse_announcement`].
    fn from_str(s: &str) -> Result<Meeting, Error> {
        crate::parse::parse_announcement(s)
    }
}

impl fmt::Display for Meeting {
    /// Writes the meeting as a card: the shortest header that says its venue, dates and the
    /// roles a header carries (host, chair, co-chairs, organisers), then the body.
    ///
    /// `City, DATES, hosted by X and co-chaired by Y and Z.`: the country follows the city
    /// only when the city does not tell it; a meeting without a city is placed by its
    /// country, one without a venue starts with its dates; "hosted and chaired by X" where
    /// one party did both. Parsing the card gives back the venue, dates and those roles
    /// (but two or more chairs, as the parser reads any who chair together, come back as
    /// co-chairs). A meeting without a date, or with only a year and nothing else, has no
    /// card that reads back as one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        match (&self.city, self.country) {
            (Some(city), country) => {
                let known = crate::lexicon::city_named(city).map(|c| c.country());
                match country {
                    Some(c) if known != Some(c) => parts.push(format!("{city}, {}", c.name())),
                    _ => parts.push(city.clone()),
                }
            }
            (None, Some(country)) => parts.push(country.name().to_owned()),
            (None, None) => {}
        }
        if let Some(date) = self.date {
            parts.push(date.to_string());
        }
        let clauses = role_clauses(self);
        if !clauses.is_empty() {
            parts.push(clauses);
        }
        write!(f, "{}.", parts.join(", "))?;
        if !self.body.is_empty() {
            write!(f, "\n{}", self.body)?;
        }
        Ok(())
    }
}

/// "hosted by Spain and co-chaired by Morocco and Senegal": the role clauses of a card.
fn role_clauses(m: &Meeting) -> String {
    let parties = |role| m.parties(role).collect::<Vec<&Party>>();
    let (hosts, chairs, co_chairs) = (
        parties(Role::Host),
        parties(Role::Chair),
        parties(Role::CoChair),
    );
    let mut clauses: Vec<String> = Vec::new();
    let mut clause = |verb: &str, list: &[&Party]| {
        if !list.is_empty() {
            clauses.push(format!("{verb} {}", list_of(list)));
        }
    };
    if !hosts.is_empty() && hosts == chairs {
        clause("hosted and chaired by", &hosts);
        clause("co-chaired by", &co_chairs);
    } else if !hosts.is_empty() && hosts == co_chairs {
        clause("hosted and co-chaired by", &hosts);
        clause("chaired by", &chairs);
    } else {
        clause("hosted by", &hosts);
        clause("chaired by", &chairs);
        clause("co-chaired by", &co_chairs);
    }
    clause("organised by", &parties(Role::Organiser));
    match clauses.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// "Spain", "Spain and Morocco", "Spain, Morocco and Senegal". After an organisation the
/// lexicon does not know, the last "and" takes a comma: "Atlas Institute, and Sahel
/// Partners" is two organisations where "Atlas Institute and Sahel Partners" may be one.
fn list_of(parties: &[&Party]) -> String {
    let names: Vec<String> = parties.iter().map(|p| p.to_string()).collect();
    let unknown_before_last = parties.len() >= 2
        && parties
            .get(parties.len() - 2)
            .is_some_and(|p| matches!(p, Party::Organisation(Organisation::Other(_))));
    let and = if unknown_before_last {
        ", and "
    } else {
        " and "
    };
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The JSON shape of a meeting (`RECORD.md`).
#[derive(Serialize, Deserialize)]
struct MeetingRecord {
    city: Option<String>,
    country: Option<Country>,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    kind: MeetingKind,
    title: Option<String>,
    mode: Option<Mode>,
    #[serde(default)]
    roles: Roles,
    #[serde(default)]
    themes: Set<Theme>,
    #[serde(default)]
    processes: Set<Process>,
    participants: Option<Participants>,
    span: Span,
    #[serde(default)]
    header: String,
    #[serde(default)]
    body: String,
}

impl From<Meeting> for MeetingRecord {
    fn from(m: Meeting) -> MeetingRecord {
        MeetingRecord {
            city: m.city,
            country: m.country,
            start: m.date.map(DateSpan::start),
            end: m.date.map(DateSpan::end),
            kind: m.kind,
            title: m.title,
            mode: m.mode,
            roles: m.roles,
            themes: m.themes,
            processes: m.processes,
            participants: m.participants.filter(|p| !p.is_empty()),
            span: m.span,
            header: m.header,
            body: m.body,
        }
    }
}

impl TryFrom<MeetingRecord> for Meeting {
    type Error = Error;

    fn try_from(r: MeetingRecord) -> Result<Meeting, Error> {
        let date = match (r.start, r.end) {
            (Some(start), Some(end)) => Some(DateSpan::new(start, end)?),
            (Some(only), None) | (None, Some(only)) => Some(DateSpan::single(only)),
            (None, None) => None,
        };
        Ok(Meeting {
            city: r.city,
            country: r.country,
            date,
            kind: r.kind,
            title: r.title,
            mode: r.mode,
            roles: r.roles,
            themes: r.themes,
            processes: r.processes,
            participants: r.participants.filter(|p| !p.is_empty()),
            header: r.header,
            body: r.body,
            span: r.span,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Organisation, PartyRole};

    fn sample() -> Meeting {
        let es = Country::from_alpha2("ES").unwrap();
        let ma = Country::from_alpha2("MA").unwrap();
        Meeting {
            city: Some("Madrid".into()),
            country: Some(es),
            date: Some("1-2 July 2019".parse().unwrap()),
            kind: MeetingKind::TechnicalMeeting,
            title: Some("Cooperation".into()),
            mode: None,
            roles: [
                PartyRole::new(Role::Host, es),
                PartyRole::new(Role::CoChair, es),
                PartyRole::new(Role::CoChair, ma),
                PartyRole::new(Role::Participant, Organisation::Icmpd),
            ]
            .into(),
            themes: [Theme::BorderManagement].into(),
            processes: Set::new(),
            participants: Some(Participants {
                people: Some(80),
                countries: Some(33),
                european: None,
                african: None,
            }),
            header: "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.".into(),
            body: String::new(),
            span: Span::new(0, 66),
        }
    }

    #[test]
    fn json_has_the_record_keys() {
        let json = serde_json::to_value(sample()).unwrap();
        assert_eq!(json["city"], "Madrid");
        assert_eq!(json["country"], "ES");
        assert_eq!(json["start"], "2019-07-01");
        assert_eq!(json["end"], "2019-07-02");
        assert_eq!(json["kind"], "technical_meeting");
        assert_eq!(json["mode"], serde_json::Value::Null);
        assert_eq!(json["themes"], serde_json::json!(["border_management"]));
        assert_eq!(json["participants"]["people"], 80);
        assert_eq!(json["participants"]["european"], serde_json::Value::Null);
        assert_eq!(json["span"], serde_json::json!([0, 66]));
        assert_eq!(json["roles"].as_array().unwrap().len(), 4);
    }

    #[test]
    fn json_round_trips() {
        let m = sample();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Meeting>(&json).unwrap(), m);
    }

    #[test]
    fn questions_about_roles() {
        let m = sample();
        let es = Country::from_alpha2("ES").unwrap();
        let ma = Country::from_alpha2("MA").unwrap();
        assert!(m.involves(es, Some(Role::Host)));
        assert!(!m.involves(ma, Some(Role::Host)));
        assert!(m.involves(ma, None));
        let roles: Vec<Role> = m.roles_of(&Party::Country(es)).collect();
        assert_eq!(roles, [Role::Host, Role::CoChair]);
    }

    #[test]
    fn areas_are_those_of_the_themes() {
        let mut m = sample();
        // Two themes of one area count once; a third theme adds its own.
        m.themes = [Theme::BorderManagement, Theme::MigrantSmuggling].into();
        assert_eq!(m.areas(), [ActionArea::IrregularMigration].into());
        m.themes.insert(Theme::RootCauses);
        assert_eq!(
            m.areas(),
            [ActionArea::Development, ActionArea::IrregularMigration].into()
        );
        m.themes = Set::new();
        assert!(m.areas().is_empty());
    }

    #[test]
    fn display_writes_a_card_header() {
        let m = sample();
        assert_eq!(
            m.to_string(),
            "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Spain and Morocco."
        );
    }
}
