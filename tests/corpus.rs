//! The fixture corpus: every `tests/data/NAME.txt` page is parsed and compared, field by
//! field, with the expected records in `tests/data/NAME.jsonl` (the format of `RECORD.md`;
//! a scalar given as a list accepts any of its values, `_optional` lists set members that
//! may be present). One test runs them all and names every failing case.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

const FIELDS: [&str; 12] = [
    "city",
    "country",
    "start",
    "end",
    "kind",
    "title",
    "mode",
    "roles",
    "themes",
    "processes",
    "participants",
    "span",
];

#[test]
fn every_fixture_page_parses_to_its_records() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && p.with_extension("jsonl").exists())
        .collect();
    pages.sort();
    assert!(!pages.is_empty(), "no fixture pages in {}", dir.display());
    let mut failures = Vec::new();
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(page).unwrap();
        let gold = std::fs::read_to_string(page.with_extension("jsonl")).unwrap();
        let gold: Vec<Value> = gold
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let parsed = rabat::parse_page(&text);
        let got: Vec<Value> = parsed
            .meetings
            .iter()
            .map(|m| serde_json::to_value(m).unwrap())
            .collect();
        if got.len() != gold.len() {
            failures.push(format!(
                "{name}: expected {} records, parsed {}",
                gold.len(),
                got.len()
            ));
        }
        for (i, (g, p)) in gold.iter().zip(&got).enumerate() {
            for field in FIELDS {
                if !field_ok(field, p, g, &text) {
                    failures.push(format!(
                        "{name} #{}: {field}: expected {}, got {}",
                        i + 1,
                        g[field],
                        p[field]
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn norm_text(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let s = s.replace('\u{a0}', " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_matches(|c: char| " \"'\u{201c}\u{201d}\u{2018}\u{2019}.,:;".contains(c));
    (!s.is_empty()).then(|| s.to_lowercase())
}

fn alternatives(g: &Value) -> Vec<Value> {
    match g {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    }
}

fn set(v: &Value, key: fn(&Value) -> String) -> BTreeSet<String> {
    v.as_array()
        .map(|a| a.iter().map(key).collect())
        .unwrap_or_default()
}

fn role_key(r: &Value) -> String {
    let role = r["role"].as_str().unwrap_or("?").to_lowercase();
    if let Some(c) = r["country"].as_str() {
        return format!("{role}/country/{}", c.to_uppercase());
    }
    let org = norm_text(&r["organisation"]).unwrap_or_default();
    format!("{role}/org/{}", org.strip_prefix("the ").unwrap_or(&org))
}

fn plain_key(v: &Value) -> String {
    v.as_str().unwrap_or("?").to_lowercase()
}

fn participants(v: &Value) -> Option<Vec<Value>> {
    if v.is_null() {
        return None;
    }
    let out: Vec<Value> = ["people", "countries", "european", "african"]
        .iter()
        .map(|k| v[k].clone())
        .collect();
    (!out.iter().all(Value::is_null)).then_some(out)
}

fn trimmed_span(text: &str, v: &Value) -> Option<(usize, usize)> {
    let (mut s, mut e) = (v[0].as_u64()? as usize, v[1].as_u64()? as usize);
    let bytes = text.as_bytes();
    if s > e || e > bytes.len() {
        return None;
    }
    while s < e && b" \t\r\n".contains(&bytes[s]) {
        s += 1;
    }
    loop {
        if e > s && b" \t\r\n".contains(&bytes[e - 1]) {
            e -= 1;
        } else if e > s + 1 && &bytes[e - 2..e] == b"\xc2\xa0" {
            e -= 2;
        } else {
            break;
        }
    }
    Some((s, e))
}

fn field_ok(field: &str, p: &Value, g: &Value, text: &str) -> bool {
    let (gv, pv) = (&g[field], &p[field]);
    let optional = &g["_optional"][field];
    match field {
        "city" | "title" => alternatives(gv)
            .iter()
            .any(|a| norm_text(a) == norm_text(pv)),
        "country" | "start" | "end" | "mode" | "kind" => {
            let up = |v: &Value| v.as_str().map(str::to_uppercase);
            alternatives(gv).iter().any(|a| up(a) == up(pv))
        }
        "roles" | "themes" | "processes" => {
            let key = if field == "roles" {
                role_key
            } else {
                plain_key
            };
            let (gs, ps, os) = (set(gv, key), set(pv, key), set(optional, key));
            gs.is_subset(&ps) && ps.iter().all(|x| gs.contains(x) || os.contains(x))
        }
        "participants" => participants(pv) == participants(gv),
        "span" => trimmed_span(text, pv) == trimmed_span(text, gv),
        _ => unreachable!("unknown field {field}"),
    }
}
