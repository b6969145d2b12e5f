pub mod about_test;
pub mod help_panel;
pub mod item_view;
pub mod language_switcher;
pub mod paragraphs;
pub mod quick_exit;
pub mod result_view;
pub mod standard_drink;
