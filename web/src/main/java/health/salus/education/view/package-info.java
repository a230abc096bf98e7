/**
 * The pages of health education and literacy: the patient's Learn page (recommendations first,
 * progress, every programme), a programme, a lesson with its variant switcher and quiz, the
 * literacy screen; the educator's programmes, a programme and a lesson to author (readability
 * against the level's target), and their own booked consultations (join, mark done without an
 * encounter); the figures per programme (counts only).
 */
package health.salus.education.view;
