pub mod assessment;
pub mod embed;
pub mod home;
pub mod questionnaire;
