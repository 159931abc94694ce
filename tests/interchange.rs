//! Interchange: JSON, CSV, canonical text and iCalendar, each read back to the meetings it
//! was written from, over thousands of generated meetings and over the bundled page.

#[path = "common/generate.rs"]
mod generate;

use std::collections::BTreeSet;

use generate::{CITIES, country, date_span, meeting, organisation, partial_date, party, role};
use proptest::prelude::*;
use rabat::{
    ActionArea, City, Country, DateSpan, Meeting, MeetingKind, Mode, Organisation, PartialDate,
    Party, PartyRole, Process, Query, Role, Span, Theme,
};

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

/// The fields CSV holds.
fn csv_fields(m: &Meeting) -> Meeting {
    Meeting {
        header: String::new(),
        body: String::new(),
        span: Span::default(),
        ..m.clone()
    }
}

const CARD_ROLES: [Role; 4] = [Role::Host, Role::Chair, Role::CoChair, Role::Organiser];

/// What a card header says: venue, dates, and the roles a header carries.
fn card_fields(
    m: &Meeting,
) -> (
    Option<String>,
    Option<Country>,
    Option<DateSpan>,
    BTreeSet<PartyRole>,
) {
    let roles = m
        .roles
        .iter()
        .filter(|r| CARD_ROLES.contains(&r.role))
        .cloned()
        .collect();
    (m.city.clone(), m.country, m.date, roles)
}

/// Whether a generated meeting has a card that reads back: it has a date, a venue the
/// card can name without guessing, and no more parties per role than a list holds; and
/// one chair at most, as two who chair a meeting co-chair it.
fn has_card(m: &Meeting) -> bool {
    if m.parties(Role::Chair).count() > 1 {
        return false;
    }
    let venue_ok = match (&m.city, m.country) {
        // A country name that is also a city's ("Luxembourg") reads back as the city.
        (None, Some(c)) => c.name().parse::<City>().is_err(),
        // Without a venue, a sole host would be taken for the venue country.
        (None, None) => {
            m.parties(Role::Host)
                .filter(|p| p.country().is_some())
                .count()
                != 1
        }
        _ => true,
    };
    // A year and nothing else ("1990.") is no card.
    let says_more = m.city.is_some()
        || m.country.is_some()
        || m.roles.iter().any(|r| CARD_ROLES.contains(&r.role))
        || m.date
            .is_some_and(|d| d.start().month().is_some() || d.start() != d.end());
    m.date.is_some() && venue_ok && says_more
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn json_round_trips(m in meeting()) {
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(serde_json::from_str::<Meeting>(&json).unwrap(), m);
    }

    #[test]
    fn csv_round_trips(ms in prop::collection::vec(meeting(), 0..4)) {
        let mut out = Vec::new();
        rabat::write_csv(&ms, &mut out).unwrap();
        let back = rabat::read_csv(out.as_slice()).unwrap();
        let want: Vec<Meeting> = ms.iter().map(csv_fields).collect();
        prop_assert_eq!(back, want);
    }

    #[test]
    fn canonical_text_round_trips(m in meeting().prop_filter("has a card", has_card)) {
        let card = Meeting { body: String::new(), ..m.clone() }.to_string();
        let back: Meeting = card.parse().unwrap_or_else(|e| panic!("{card:?}: {e}"));
        prop_assert_eq!(card_fields(&back), card_fields(&m), "{}", card);
    }

    #[test]
    fn value_types_read_back_their_text(
        span in date_span(),
        date in partial_date(),
        c in country(),
        org in organisation(),
        p in party(),
        r in role(),
    ) {
        prop_assert_eq!(span.to_string().parse::<DateSpan>().unwrap(), span);
        prop_assert_eq!(date.to_string().parse::<PartialDate>().unwrap(), date);
        prop_assert_eq!(c.to_string().parse::<Country>().unwrap(), c);
        prop_assert_eq!(c.name().parse::<Country>().unwrap(), c);
        prop_assert_eq!(org.to_string().parse::<Organisation>().unwrap(), org.clone());
        prop_assert_eq!(p.to_string().parse::<Party>().unwrap(), p.clone());
        let pr = PartyRole { role: r, party: p };
        prop_assert_eq!(pr.to_string().parse::<PartyRole>().unwrap(), pr);
        for json in [serde_json::to_string(&span).unwrap(), serde_json::to_string(&c).unwrap()] {
            prop_assert!(json.starts_with('"'));
        }
        prop_assert_eq!(serde_json::from_str::<DateSpan>(&serde_json::to_string(&span).unwrap()).unwrap(), span);
    }
}

#[test]
fn closed_vocabularies_read_back_their_text() {
    for v in Role::ALL {
        assert_eq!(v.to_string().parse::<Role>().unwrap(), *v);
    }
    for v in Theme::ALL {
        assert_eq!(v.to_string().parse::<Theme>().unwrap(), *v);
    }
    for v in MeetingKind::ALL {
        assert_eq!(v.to_string().parse::<MeetingKind>().unwrap(), *v);
    }
    for v in Process::ALL {
        assert_eq!(v.to_string().parse::<Process>().unwrap(), *v);
    }
    for v in Mode::ALL {
        assert_eq!(v.to_string().parse::<Mode>().unwrap(), *v);
    }
    for v in ActionArea::ALL {
        assert_eq!(v.to_string().parse::<ActionArea>().unwrap(), *v);
    }
    for name in CITIES {
        let city: City = name.parse().unwrap();
        assert_eq!(city.to_string().parse::<City>().unwrap(), city);
    }
    let q: Query = "country=MA role=host theme=border_management from=2019-01-01"
        .parse()
        .unwrap();
    assert_eq!(q.to_string().parse::<Query>().unwrap(), q);
}

#[test]
fn every_country_has_a_name_that_reads_back() {
    for c in Country::all() {
        let name = c.name();
        assert!(!name.contains(',') && !name.contains('('), "{name}");
        assert_eq!(name.parse::<Country>().unwrap(), c, "{name}");
    }
}

#[test]
fn the_bundled_page_round_trips() {
    let meetings = rabat::parse_page(PAGE).meetings;
    // JSON lines
    let lines: Vec<String> = meetings
        .iter()
        .map(|m| serde_json::to_string(m).unwrap())
        .collect();
    let back: Vec<Meeting> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, meetings);
    // CSV
    let mut out = Vec::new();
    rabat::write_csv(&meetings, &mut out).unwrap();
    let back = rabat::read_csv(out.as_slice()).unwrap();
    assert_eq!(back, meetings.iter().map(csv_fields).collect::<Vec<_>>());
    // Canonical text: the card and the same body say the same again.
    for m in &meetings {
        let again: Meeting = m.to_string().parse().unwrap();
        assert_eq!(csv_fields(&again), csv_fields(m), "{m}");
    }
    // The archive as JSON.
    let archive: rabat::Archive = meetings.iter().cloned().collect();
    let json = serde_json::to_string(&archive).unwrap();
    assert_eq!(
        serde_json::from_str::<rabat::Archive>(&json).unwrap(),
        archive
    );
}

#[cfg(feature = "ics")]
mod ics {
    use super::*;
    use icalendar::{Component, EventLike};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn icalendar_output_parses(ms in prop::collection::vec(meeting(), 0..5)) {
            let mut out = Vec::new();
            let skipped = rabat::write_ics(&ms, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            let calendar: icalendar::Calendar = text.parse().unwrap();
            let dated = ms.iter().filter(|m| m.date.is_some_and(|d| d.start().is_full() && d.end().is_full())).count();
            prop_assert_eq!(calendar.events().count(), dated);
            prop_assert_eq!(skipped.len(), ms.len() - dated);
        }
    }

    #[test]
    fn bundled_page_as_icalendar() {
        let meetings = rabat::parse_page(PAGE).meetings;
        let mut out = Vec::new();
        assert!(rabat::write_ics(&meetings, &mut out).unwrap().is_empty());
        let text = String::from_utf8(out.clone()).unwrap();
        assert!(text.contains("\r\n"));
        let calendar: icalendar::Calendar = text.parse().unwrap();
        let events: Vec<_> = calendar.events().collect();
        assert_eq!(events.len(), 9);
        let madrid = events
            .iter()
            .find(|e| e.get_location() == Some("Madrid, Spain"))
            .unwrap();
        assert_eq!(
            madrid.get_summary(),
            Some(
                "Technical meeting: Cooperation between Countries of Origin, Transit and Destination in the Field of Border Management"
            )
        );
        assert_eq!(
            madrid.get_categories(),
            Some(vec!["border_management".to_owned()])
        );
        let ics_date = |p: Option<icalendar::DatePerhapsTime>| match p {
            Some(icalendar::DatePerhapsTime::Date(d)) => d,
            other => panic!("not an all-day date: {other:?}"),
        };
        assert_eq!(ics_date(madrid.get_start()).to_string(), "2019-07-01");
        assert_eq!(ics_date(madrid.get_end()).to_string(), "2019-07-03");
        // The same meetings give the same UIDs on every run.
        let mut again = Vec::new();
        rabat::write_ics(&meetings, &mut again).unwrap();
        assert_eq!(again, out);
    }
}
