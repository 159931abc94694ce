//! Query helpers over 100,000 meetings: meetings filtered per second, and aggregations.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rabat::{Archive, Country, DateSpan, Meeting, PartialDate, Query, Role, Theme};

const PAGE: &str = include_str!("../tests/data/thematic-meetings-page-1.txt");
const SIZE: usize = 100_000;

/// 100,000 meetings made from the real page's nine, with dates and venues varied
/// deterministically.
fn archive() -> Archive {
    let seeds = rabat::parse_page(PAGE).meetings;
    let countries: Vec<Country> = Country::partners().collect();
    let meetings = (0..SIZE).map(|i| {
        let mut m: Meeting = seeds[i % seeds.len()].clone();
        let year = 2006 + (i % 20) as i32;
        let month = 1 + (i % 12) as u32;
        let day = 1 + (i % 28) as u32;
        let date = PartialDate::ymd(year, month, day).unwrap();
        m.date = Some(DateSpan::single(date));
        m.country = Some(countries[i % countries.len()]);
        m.body = format!("{} #{i}", m.body);
        m
    });
    meetings.collect()
}

fn queries(c: &mut Criterion) {
    let archive = archive();
    let ma = Country::from_alpha2("MA").unwrap();
    let q = Query::new()
        .country_with_role(ma, Role::CoChair)
        .theme(Theme::AsylumAndProtection)
        .year(2015);
    let mut group = c.benchmark_group("query 100k meetings");
    group.throughput(Throughput::Elements(SIZE as u64));
    group.bench_function("select country+role+theme+year", |b| {
        b.iter(|| archive.select(black_box(&q)).count())
    });
    group.bench_function("per_year", |b| b.iter(|| archive.per_year().len()));
    group.bench_function("ranking co_chair", |b| {
        b.iter(|| archive.ranking(Role::CoChair).len())
    });
    group.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
