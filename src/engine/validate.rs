//! Checks a questionnaire's structure and scoring rules. Each problem names its place.

use super::model::{Condition, Item, ItemKind, Questionnaire, Score, FORMAT};
use super::scoring::score_range;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// Band levels run from 0 (least concern) to this; the app has a colour for each.
pub const MAX_LEVEL: u8 = 3;

/// Points and cut-offs stay within this, so sums can never overflow.
pub const MAX_POINTS: i32 = 10_000;

/// Ids are used in text keys and URLs: lower-case letters, digits, `_` and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Every id must be a plain id, and every number of points or cut-off within bounds.
fn check_ids(q: &Questionnaire, report: &mut Report) {
    let mut ids: Vec<(&str, &String)> = vec![("questionnaire", &q.id)];
    ids.extend(q.option_sets.iter().map(|s| ("option set", &s.id)));
    ids.extend(
        q.option_sets
            .iter()
            .flat_map(|s| &s.options)
            .map(|o| ("option", &o.id)),
    );
    ids.extend(q.pages.iter().map(|p| ("page", &p.id)));
    ids.extend(q.items().map(|i| ("item", &i.id)));
    ids.extend(
        q.items()
            .flat_map(|i| &i.options)
            .map(|o| ("option", &o.id)),
    );
    ids.extend(q.bands.iter().map(|b| ("band", &b.id)));
    ids.extend(q.scores.iter().map(|s| ("score", &s.id)));
    ids.extend(
        q.scores
            .iter()
            .flat_map(|s| &s.cutoffs)
            .map(|c| ("cut-offs", &c.id)),
    );
    ids.extend(
        q.scores
            .iter()
            .flat_map(|s| &s.adjust)
            .map(|a| ("adjust", &a.id)),
    );
    ids.extend(q.notes.iter().map(|n| ("note", &n.id)));
    for (what, id) in ids.into_iter().filter(|(_, id)| !is_valid_id(id)) {
        report.at_id(
            id,
            0,
            format!("{what} \"{id}\""),
            "an id may use only a-z, 0-9, _ and - (at most 64)".into(),
        );
    }
    let options = q
        .option_sets
        .iter()
        .flat_map(|s| &s.options)
        .chain(q.items().flat_map(|i| &i.options));
    for option in options.filter(|o| o.points.is_some_and(|p| p.abs() > MAX_POINTS)) {
        report.at_id(
            &option.id,
            0,
            format!("option \"{}\"", option.id),
            format!("points must be within ±{MAX_POINTS}"),
        );
    }
    for cutoffs in q.scores.iter().flat_map(|s| &s.cutoffs) {
        if cutoffs
            .bands
            .iter()
            .any(|b| b.min.abs() > MAX_POINTS * 100 || b.max.abs() > MAX_POINTS * 100)
        {
            report.at_id(
                &cutoffs.id,
                0,
                format!("cut-offs \"{}\"", cutoffs.id),
                "band limits are out of any reachable range".into(),
            );
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    /// What the problem is about, for example `item "q3"`.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: ", self.file, line)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.place.is_empty() {
            write!(f, "{}: ", self.place)?;
        }
        write!(f, "{}", self.message)
    }
}

/// Collects problems for one file, finding lines in its source where it can.
pub struct Report<'a> {
    pub file: &'a str,
    pub source: &'a str,
    pub problems: Vec<Problem>,
}

impl<'a> Report<'a> {
    pub fn new(file: &'a str, source: &'a str) -> Self {
        Report {
            file,
            source,
            problems: Vec::new(),
        }
    }

    /// Record a problem at the `nth` (0-based) line that declares `id = "<id>"`.
    pub fn at_id(&mut self, id: &str, nth: usize, place: String, message: String) {
        let line = find_id_line(self.source, id, nth);
        self.push(line, place, message);
    }

    pub fn push(&mut self, line: Option<usize>, place: String, message: String) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            line,
            place,
            message,
        });
    }
}

/// The 1-based line of the `nth` declaration `id = "<id>"`, or of a quoted `"<id>"` if none.
pub fn find_id_line(source: &str, id: &str, nth: usize) -> Option<usize> {
    let declaration = format!("id = \"{id}\"");
    let quoted = format!("\"{id}\"");
    let lines = |needle: &str| -> Vec<usize> {
        source
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim_start().starts_with('#') && l.contains(needle))
            .map(|(n, _)| n + 1)
            .collect()
    };
    let declared = lines(&declaration);
    declared
        .get(nth)
        .or_else(|| declared.last())
        .copied()
        .or_else(|| lines(&quoted).first().copied())
}

/// Check everything in a questionnaire that does not depend on its texts.
pub fn validate_structure(q: &Questionnaire, folder_name: &str, report: &mut Report) {
    if q.format != FORMAT {
        let line = line_starting(report.source, "format");
        report.push(
            line,
            String::new(),
            format!(
                "format {} is not supported; this engine reads format {FORMAT}",
                q.format
            ),
        );
    }
    if q.id != folder_name {
        report.at_id(
            &q.id,
            0,
            format!("questionnaire \"{}\"", q.id),
            format!("the id must match its folder name \"{folder_name}\""),
        );
    }
    check_ids(q, report);
    check_unique(report, "option set", q.option_sets.iter().map(|s| &s.id));
    check_unique(report, "page", q.pages.iter().map(|p| &p.id));
    check_unique(report, "item", q.items().map(|i| &i.id));
    check_unique(report, "band", q.bands.iter().map(|b| &b.id));
    check_unique(report, "score", q.scores.iter().map(|s| &s.id));
    for set in &q.option_sets {
        if set.options.is_empty() {
            report.at_id(
                &set.id,
                0,
                format!("option set \"{}\"", set.id),
                "has no options".into(),
            );
        }
        check_unique_within(
            report,
            &format!("option set \"{}\"", set.id),
            &set.id,
            set.options.iter().map(|o| &o.id),
        );
    }
    for page in &q.pages {
        if page.items.is_empty() {
            report.at_id(
                &page.id,
                0,
                format!("page \"{}\"", page.id),
                "has no items".into(),
            );
        }
        for item in page.items.iter().filter(|i| page.optional && i.required) {
            report.at_id(
                &item.id,
                0,
                format!("item \"{}\"", item.id),
                format!(
                    "is required, but its page \"{}\" may be skipped as a whole",
                    page.id
                ),
            );
        }
    }
    for band in q.bands.iter().filter(|b| b.level > MAX_LEVEL) {
        report.at_id(
            &band.id,
            0,
            format!("band \"{}\"", band.id),
            format!(
                "level {} is above {MAX_LEVEL}, the highest the app can show",
                band.level
            ),
        );
    }
    let mut earlier: Vec<&Item> = Vec::new();
    for item in q.items() {
        validate_item(q, item, &earlier, report);
        earlier.push(item);
    }
    for score in &q.scores {
        validate_score(q, score, report);
    }
    check_revisions(q, report);
    check_references(q, report);
    check_bodies(q, report);
    check_unique(report, "note", q.notes.iter().map(|n| &n.id));
    let all_items: Vec<&Item> = q.items().collect();
    let any_item = ConditionContext {
        q,
        allowed: &all_items,
        rule: "an item of this questionnaire",
    };
    for note in &q.notes {
        for message in any_item.check(&note.when) {
            report.at_id(
                &note.id,
                0,
                format!("note \"{}\"", note.id),
                format!("when: {message}"),
            );
        }
    }
    for band in &q.bands {
        let used = q
            .scores
            .iter()
            .flat_map(|s| &s.cutoffs)
            .flat_map(|c| &c.bands)
            .any(|r| r.band == band.id);
        if !used {
            report.at_id(
                &band.id,
                0,
                format!("band \"{}\"", band.id),
                "is not used by any score's cut-offs".into(),
            );
        }
    }
}

fn line_starting(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| l.trim_start().starts_with(key))
        .map(|n| n + 1)
}

fn check_unique<'a>(report: &mut Report, what: &str, ids: impl Iterator<Item = &'a String>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in ids {
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if *count == 2 {
            report.at_id(
                id,
                1,
                format!("{what} \"{id}\""),
                format!("the id \"{id}\" is used twice"),
            );
        }
    }
}

/// Options ids must be unique inside their item or set (the same ids may recur elsewhere).
fn check_unique_within<'a>(
    report: &mut Report,
    place: &str,
    owner: &str,
    ids: impl Iterator<Item = &'a String>,
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            let line = find_id_line(report.source, owner, 0);
            report.push(
                line,
                place.to_string(),
                format!("option \"{id}\" is listed twice"),
            );
        }
    }
}

fn validate_item(q: &Questionnaire, item: &Item, earlier: &[&Item], report: &mut Report) {
    let place = format!("item \"{}\"", item.id);
    let problem =
        |report: &mut Report, message: String| report.at_id(&item.id, 0, place.clone(), message);
    match item.kind {
        ItemKind::Choice | ItemKind::Multi => match (&item.option_set, item.options.is_empty()) {
            (Some(_), false) => problem(
                report,
                "has both `options` and `option_set`; use one".into(),
            ),
            (None, true) => problem(
                report,
                "a choice item needs `options` or `option_set`".into(),
            ),
            (Some(set), true) if !q.option_sets.iter().any(|s| &s.id == set) => {
                problem(report, format!("option set \"{set}\" does not exist"))
            }
            _ => check_unique_within(report, &place, &item.id, item.options.iter().map(|o| &o.id)),
        },
        ItemKind::Number | ItemKind::Text => {
            if item.option_set.is_some() || !item.options.is_empty() {
                problem(report, "only choice and multi items have options".into());
            }
        }
    }
    match (item.kind, item.min, item.max) {
        (ItemKind::Number, Some(min), Some(max)) if min > max => {
            problem(report, format!("min {min} is greater than max {max}"))
        }
        (ItemKind::Number, None, _) | (ItemKind::Number, _, None) => {
            problem(report, "a number item needs `min` and `max`".into())
        }
        (ItemKind::Number, _, _) => {}
        (_, None, None) => {}
        _ => problem(report, "only number items have `min` and `max`".into()),
    }
    if let Some(condition) = &item.show_if {
        let ctx = ConditionContext {
            q,
            allowed: earlier,
            rule: "an earlier item",
        };
        for message in ctx.check(condition) {
            problem(report, format!("show_if: {message}"));
        }
    }
}

struct ConditionContext<'a> {
    q: &'a Questionnaire,
    allowed: &'a [&'a Item],
    rule: &'static str,
}

impl ConditionContext<'_> {
    fn check(&self, c: &Condition) -> Vec<String> {
        let forms = [
            c.item.is_some(),
            c.all.is_some(),
            c.any.is_some(),
            c.not.is_some(),
        ];
        if forms.iter().filter(|f| **f).count() != 1 {
            return vec!["a condition needs exactly one of `item`, `all`, `any` or `not`".into()];
        }
        if c.item.is_none()
            && (c.one_of.is_some() || c.points_at_least.is_some() || c.answered.is_some())
        {
            return vec!["`in`, `points_at_least` and `answered` go with `item`".into()];
        }
        if c.one_of.as_ref().is_some_and(Vec::is_empty) {
            return vec!["`in` needs at least one option".into()];
        }
        if let Some(list) = c.all.as_ref().or(c.any.as_ref()) {
            if list.is_empty() {
                return vec!["`all` and `any` need at least one condition".into()];
            }
            return list.iter().flat_map(|c| self.check(c)).collect();
        }
        if let Some(not) = &c.not {
            return self.check(not);
        }
        let id = c.item.as_deref().unwrap_or_default();
        let tests = [
            c.one_of.is_some(),
            c.points_at_least.is_some(),
            c.answered.is_some(),
        ];
        if tests.iter().filter(|t| **t).count() != 1 {
            return vec![format!(
                "the condition on \"{id}\" needs exactly one of `in`, `points_at_least` or `answered`"
            )];
        }
        let Some(item) = self.allowed.iter().find(|i| i.id == id) else {
            return vec![format!("names \"{id}\", which is not {}", self.rule)];
        };
        let options = self.q.options_of(item);
        let mut messages = Vec::new();
        for option in c.one_of.iter().flatten() {
            if !options.iter().any(|o| &o.id == option) {
                messages.push(format!("item \"{id}\" has no option \"{option}\""));
            }
        }
        if c.points_at_least.is_some() && options.iter().all(|o| o.points.is_none()) {
            messages.push(format!("item \"{id}\" carries no points"));
        }
        messages
    }
}

fn validate_score(q: &Questionnaire, score: &Score, report: &mut Report) {
    let place = format!("score \"{}\"", score.id);
    for id in &score.items {
        match q.item(id) {
            None => report.at_id(
                &score.id,
                0,
                place.clone(),
                format!("names unknown item \"{id}\""),
            ),
            Some(item) if q.options_of(item).iter().all(|o| o.points.is_none()) => report.at_id(
                &score.id,
                0,
                place.clone(),
                format!("item \"{id}\" carries no points"),
            ),
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    for id in score.items.iter().filter(|id| !seen.insert(*id)) {
        report.at_id(
            &score.id,
            0,
            place.clone(),
            format!("lists item \"{id}\" twice"),
        );
    }
    for unreachable in score
        .cutoffs
        .iter()
        .rev()
        .skip(1)
        .filter(|c| c.when.is_none())
    {
        report.at_id(
            &unreachable.id,
            0,
            format!("{place}, cut-offs \"{}\"", unreachable.id),
            "has no `when`, so the cut-offs after it are never used".into(),
        );
    }
    if score.cutoffs.is_empty() {
        report.at_id(
            &score.id,
            0,
            place.clone(),
            "needs at least one set of cut-offs".into(),
        );
        return;
    }
    if score.cutoffs.last().is_some_and(|c| c.when.is_some()) {
        let last = &score.cutoffs[score.cutoffs.len() - 1];
        report.at_id(
            &last.id,
            0,
            format!("{place}, cut-offs \"{}\"", last.id),
            "the last cut-offs must have no `when`, so that every person gets a band".into(),
        );
    }
    let all_items: Vec<&Item> = q.items().collect();
    let ctx = ConditionContext {
        q,
        allowed: &all_items,
        rule: "an item of this questionnaire",
    };
    let (lo, hi) = score_range(q, score);
    check_unique(
        report,
        &format!("{place}, cut-offs"),
        score.cutoffs.iter().map(|c| &c.id),
    );
    check_unique(
        report,
        &format!("{place}, adjust"),
        score.adjust.iter().map(|a| &a.id),
    );
    for adjust in &score.adjust {
        let place = format!("{place}, adjust \"{}\"", adjust.id);
        for message in ctx.check(&adjust.when) {
            report.at_id(&adjust.id, 0, place.clone(), format!("when: {message}"));
        }
        if adjust.raise_bands == 0 {
            report.at_id(
                &adjust.id,
                0,
                place.clone(),
                "raise_bands must be 1 or more".into(),
            );
        }
    }
    for cutoffs in &score.cutoffs {
        let place = format!("{place}, cut-offs \"{}\"", cutoffs.id);
        if let Some(when) = &cutoffs.when {
            for message in ctx.check(when) {
                report.at_id(&cutoffs.id, 0, place.clone(), format!("when: {message}"));
            }
        }
        for message in range_problems(q, cutoffs.bands.as_slice(), lo, hi) {
            report.at_id(&cutoffs.id, 0, place.clone(), message);
        }
    }
}

/// Bands must cover every reachable total exactly once.
fn range_problems(
    q: &Questionnaire,
    bands: &[super::model::BandRange],
    lo: i32,
    hi: i32,
) -> Vec<String> {
    let mut messages = Vec::new();
    for b in bands {
        if q.band(&b.band).is_none() {
            messages.push(format!("band \"{}\" is not defined in [[bands]]", b.band));
        }
        if b.min > b.max {
            messages.push(format!(
                "band \"{}\" has min {} above max {}",
                b.band, b.min, b.max
            ));
        }
    }
    let mut sorted: Vec<_> = bands.iter().filter(|b| b.min <= b.max).collect();
    sorted.sort_by_key(|b| b.min);
    let Some(first) = sorted.first() else {
        messages.push("has no bands".into());
        return messages;
    };
    if first.min > lo {
        messages.push(format!(
            "no band covers {lo} to {} (the lowest reachable score is {lo})",
            first.min.saturating_sub(1)
        ));
    }
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.min > a.max.saturating_add(1) {
            messages.push(format!(
                "gap: no band covers {} to {} (between \"{}\" and \"{}\")",
                a.max.saturating_add(1),
                b.min.saturating_sub(1),
                a.band,
                b.band
            ));
        } else if b.min <= a.max {
            messages.push(format!(
                "overlap: \"{}\" and \"{}\" both cover {} to {}",
                a.band,
                b.band,
                b.min,
                a.max.min(b.max)
            ));
        }
    }
    let top = sorted.iter().map(|b| b.max).max().unwrap_or(lo);
    if top < hi {
        messages.push(format!(
            "no band covers {} to {hi} (the highest reachable score is {hi})",
            top.saturating_add(1)
        ));
    }
    for b in &sorted {
        if b.min > hi || b.max < lo {
            messages.push(format!(
                "band \"{}\" ({} to {}) lies outside the reachable scores {lo} to {hi}",
                b.band, b.min, b.max
            ));
        }
    }
    messages
}

/// Retired questions and replacements: a retired question is asked of no one, and a question
/// replaces only retired ones of this questionnaire, each once. Several questions may replace
/// the same retired one: that is how a question holding two tests is split.
fn check_revisions(q: &Questionnaire, report: &mut Report) {
    for item in q.items() {
        let place = format!("item \"{}\"", item.id);
        if item.retired && item.required {
            report.at_id(
                &item.id,
                0,
                place.clone(),
                "is retired, so it cannot be required".into(),
            );
        }
        if item.revision == 0 {
            report.at_id(&item.id, 0, place.clone(), "revision starts at 1".into());
        }
        check_unique(
            report,
            "replaced item",
            item.replaces.iter().map(|r| &r.item),
        );
        let mut seen = Vec::new();
        for dimension in &item.dimensions {
            if seen.contains(&dimension) {
                let message = format!("names the dimension \"{}\" twice", dimension.id());
                report.at_id(&item.id, 0, place.clone(), message);
            }
            seen.push(dimension);
        }
        for replaced in &item.replaces {
            let message = match q.item(&replaced.item) {
                None => format!(
                    "replaces \"{}\", which is not an item of this questionnaire",
                    replaced.item
                ),
                Some(old) if old.id == item.id => "cannot replace itself".into(),
                Some(old) if !old.retired => format!(
                    "replaces \"{}\", which is still asked: mark it `retired = true`",
                    old.id
                ),
                Some(_) => continue,
            };
            report.at_id(&item.id, 0, place.clone(), message);
        }
    }
}

/// Every reference names an instrument of the table, once per question, with places only where
/// the instrument says how they are written; every instrument is cited.
fn check_references(q: &Questionnaire, report: &mut Report) {
    check_unique(report, "instrument", q.instruments.iter().map(|i| &i.id));
    for instrument in &q.instruments {
        let bad_url = instrument
            .url
            .as_deref()
            .is_some_and(|u| !u.starts_with("https://"));
        if bad_url {
            let place = format!("instrument \"{}\"", instrument.id);
            report.at_id(
                &instrument.id,
                0,
                place,
                "url must start with https://".into(),
            );
        }
        if !q
            .items()
            .any(|i| i.references.iter().any(|r| r.instrument == instrument.id))
        {
            let place = format!("instrument \"{}\"", instrument.id);
            report.at_id(
                &instrument.id,
                0,
                place,
                "is not cited by any question".into(),
            );
        }
    }
    for item in q.items() {
        let place = format!("item \"{}\"", item.id);
        let mut seen = Vec::new();
        for reference in &item.references {
            let name = &reference.instrument;
            let message = match q.instruments.iter().find(|i| &i.id == name) {
                None => format!("cites \"{name}\", which is not in [[instruments]]"),
                Some(_) if seen.contains(&name) => {
                    format!("cites \"{name}\" twice: list its places in one reference")
                }
                Some(i) if i.cites.is_none() && !reference.at.is_empty() => format!(
                    "cites places in \"{name}\", which has no `cites` to say how they are written"
                ),
                Some(_) if reference.at.iter().any(|a| a.trim().is_empty()) => {
                    format!("cites an empty place in \"{name}\"")
                }
                Some(_) => {
                    seen.push(name);
                    continue;
                }
            };
            seen.push(name);
            report.at_id(&item.id, 0, place.clone(), message);
        }
    }
}

/// The bodies and sources a question names are in their tables, once per list; every one of them
/// is named by some question.
fn check_bodies(q: &Questionnaire, report: &mut Report) {
    check_unique(report, "body", q.bodies.iter().map(|b| &b.id));
    check_unique(report, "source", q.sources.iter().map(|b| &b.id));
    for item in q.items() {
        let place = format!("item \"{}\"", item.id);
        let lists = [
            ("lead", "bodies", &q.bodies, item.lead.as_slice()),
            ("data", "bodies", &q.bodies, item.data.as_slice()),
            ("consult", "bodies", &q.bodies, item.consult.as_slice()),
            ("sources", "sources", &q.sources, item.sources.as_slice()),
        ];
        for (field, table_name, table, ids) in lists {
            for (n, id) in ids.iter().enumerate() {
                let message = if !table.iter().any(|b| &b.id == id) {
                    format!("{field}: \"{id}\" is not in [[{table_name}]]")
                } else if ids[..n].contains(id) {
                    format!("{field}: \"{id}\" is named twice")
                } else {
                    continue;
                };
                report.at_id(&item.id, 0, place.clone(), message);
            }
        }
    }
    for body in &q.bodies {
        let named = q.items().any(|i| {
            i.lead.as_deref() == Some(body.id.as_str())
                || i.data.contains(&body.id)
                || i.consult.contains(&body.id)
        });
        if !named {
            let place = format!("body \"{}\"", body.id);
            report.at_id(&body.id, 0, place, "is not named by any question".into());
        }
    }
    for source in &q.sources {
        if !q.items().any(|i| i.sources.contains(&source.id)) {
            let place = format!("source \"{}\"", source.id);
            report.at_id(&source.id, 0, place, "is not named by any question".into());
        }
    }
}
