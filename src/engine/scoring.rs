//! Which items are shown, and what the answers score.

use super::answers::{Answer, Answers};
use super::model::{Adjust, Condition, Cutoffs, Item, ItemKind, Note, Questionnaire, Score};

/// The points one answer earns on an item (options without points earn none).
pub fn points(q: &Questionnaire, item: &Item, answer: &Answer) -> i32 {
    let options = q.options_of(item);
    answer
        .chosen()
        .iter()
        .filter_map(|id| options.iter().find(|o| &o.id == id))
        .filter_map(|o| o.points)
        .sum()
}

/// Does a condition hold for these answers?
pub fn holds(q: &Questionnaire, condition: &Condition, answers: &Answers) -> bool {
    if let Some(all) = &condition.all {
        return all.iter().all(|c| holds(q, c, answers));
    }
    if let Some(any) = &condition.any {
        return any.iter().any(|c| holds(q, c, answers));
    }
    if let Some(not) = &condition.not {
        return !holds(q, not, answers);
    }
    let Some(item_id) = &condition.item else {
        return false;
    };
    let answer = answers.get(item_id).filter(|a| !a.is_empty());
    if let Some(wanted) = condition.answered {
        return answer.is_some() == wanted;
    }
    let Some(answer) = answer else {
        return false;
    };
    if let Some(options) = &condition.one_of {
        return answer.chosen().iter().any(|o| options.contains(o));
    }
    if let Some(at_least) = condition.points_at_least {
        return q
            .item(item_id)
            .is_some_and(|item| points(q, item, answer) >= at_least);
    }
    false
}

/// The answers that count: those of items shown, given the answers before them.
/// Conditions name only earlier items (the validator checks), so one pass in order suffices.
pub fn effective_answers(q: &Questionnaire, answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for item in q.items() {
        let shown = item.show_if.as_ref().is_none_or(|c| holds(q, c, &kept));
        if let (true, Some(answer)) = (shown, answers.get(&item.id)) {
            kept.insert(item.id.clone(), answer.clone());
        }
    }
    kept
}

/// The items a person sees now, in order.
pub fn shown_items<'a>(q: &'a Questionnaire, answers: &Answers) -> Vec<&'a Item> {
    let effective = effective_answers(q, answers);
    q.items()
        .filter(|i| !i.retired)
        .filter(|i| i.show_if.as_ref().is_none_or(|c| holds(q, c, &effective)))
        .collect()
}

/// Required items that are shown but not answered yet.
pub fn missing_required<'a>(q: &'a Questionnaire, answers: &Answers) -> Vec<&'a Item> {
    shown_items(q, answers)
        .into_iter()
        .filter(|i| i.required && answers.get(&i.id).is_none_or(Answer::is_empty))
        .collect()
}

/// The lowest and highest points an item can add to a score.
fn item_range(q: &Questionnaire, item: &Item) -> (i32, i32) {
    let options = q.options_of(item);
    // An option without points adds nothing: 0 is then reachable too.
    let mut points: Vec<i32> = options.iter().map(|o| o.points.unwrap_or(0)).collect();
    if options.iter().all(|o| o.points.is_none()) {
        points.clear();
    }
    if points.is_empty() {
        return (0, 0);
    }
    let (lo, hi) = match item.kind {
        ItemKind::Multi => (
            points.iter().filter(|p| **p < 0).sum(),
            points.iter().filter(|p| **p > 0).sum(),
        ),
        _ => (
            *points.iter().min().unwrap_or(&0),
            *points.iter().max().unwrap_or(&0),
        ),
    };
    // An item that may be skipped or hidden can also add nothing.
    let may_add_nothing = !item.required || item.show_if.is_some() || item.kind == ItemKind::Multi;
    if may_add_nothing {
        (lo.min(0), hi.max(0))
    } else {
        (lo, hi)
    }
}

/// The lowest and highest totals a score can reach.
pub fn score_range(q: &Questionnaire, score: &Score) -> (i32, i32) {
    q.score_items(score)
        .into_iter()
        .map(|i| item_range(q, i))
        .fold((0, 0), |(lo, hi), (a, b)| {
            (lo.saturating_add(a), hi.saturating_add(b))
        })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreResult {
    pub score: String,
    pub points: i32,
    pub min: i32,
    pub max: i32,
    /// Which cut-offs applied (for example the ones for women).
    pub cutoffs: String,
    /// The band given, after any adjustment.
    pub band: String,
    /// The adjustments that held (each raised the band; the top band stays the top).
    pub adjusted: Vec<String>,
}

fn applicable_cutoffs<'a>(
    q: &Questionnaire,
    score: &'a Score,
    answers: &Answers,
) -> Option<&'a Cutoffs> {
    score
        .cutoffs
        .iter()
        .find(|c| c.when.as_ref().is_none_or(|w| holds(q, w, answers)))
}

/// Score every scale. Unanswered items add nothing; callers check `missing_required` first.
pub fn score(q: &Questionnaire, answers: &Answers) -> Vec<ScoreResult> {
    let effective = effective_answers(q, answers);
    q.scores
        .iter()
        .filter_map(|score| {
            let points = q
                .score_items(score)
                .into_iter()
                .filter_map(|item| effective.get(&item.id).map(|a| points(q, item, a)))
                .sum();
            let (min, max) = score_range(q, score);
            let cutoffs = applicable_cutoffs(q, score, &effective)?;
            let ordered = by_key(&cutoffs.bands, |b| b.min);
            let found = ordered
                .iter()
                .position(|b| b.min <= points && points <= b.max)?;
            let adjusted: Vec<&Adjust> = score
                .adjust
                .iter()
                .filter(|a| holds(q, &a.when, &effective))
                .collect();
            let raise: usize = adjusted.iter().map(|a| a.raise_bands as usize).sum();
            let band = ordered[(found + raise).min(ordered.len() - 1)];
            Some(ScoreResult {
                score: score.id.clone(),
                points,
                min,
                max,
                cutoffs: cutoffs.id.clone(),
                band: band.band.clone(),
                adjusted: adjusted.iter().map(|a| a.id.clone()).collect(),
            })
        })
        .collect()
}

/// The notes whose condition holds, urgent ones first.
pub fn notes<'a>(q: &'a Questionnaire, answers: &Answers) -> Vec<&'a Note> {
    let effective = effective_answers(q, answers);
    let held: Vec<&Note> = q
        .notes
        .iter()
        .filter(|n| holds(q, &n.when, &effective))
        .collect();
    by_key(&held, |n| i32::from(!n.urgent))
        .into_iter()
        .copied()
        .collect()
}

/// The answers that added most to a score, highest first (ties in questionnaire order).
pub fn weighed_most<'a>(
    q: &'a Questionnaire,
    score: &'a Score,
    answers: &Answers,
    how_many: usize,
) -> Vec<(&'a Item, i32)> {
    let effective = effective_answers(q, answers);
    let earned: Vec<(&Item, i32)> = q
        .score_items(score)
        .into_iter()
        .filter_map(|item| effective.get(&item.id).map(|a| (item, points(q, item, a))))
        .filter(|(_, p)| *p > 0)
        .collect();
    by_key(&earned, |(_, p)| -p)
        .into_iter()
        .take(how_many)
        .copied()
        .collect()
}

/// `list` in the order of `key`, ties kept in list order. Every ordering in the app goes through
/// the one sort here, so the wasm holds one sort, not one per type and key.
pub fn by_key<T>(list: &[T], key: impl Fn(&T) -> i32) -> Vec<&T> {
    let mut order: Vec<(i32, usize)> = list.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    order.into_iter().map(|(_, at)| &list[at]).collect()
}

#[cfg(test)]
mod tests {
    use super::by_key;

    #[test]
    fn by_key_orders_and_keeps_ties_in_list_order() {
        let list = [("a", 3), ("b", -1), ("c", 3), ("d", 0), ("e", -1)];
        let names: Vec<&str> = by_key(&list, |(_, k)| *k).iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["b", "e", "d", "a", "c"]);
        let highest: Vec<&str> = by_key(&list, |(_, k)| -k).iter().map(|(n, _)| *n).collect();
        assert_eq!(highest, ["a", "c", "d", "b", "e"]);
    }
}
