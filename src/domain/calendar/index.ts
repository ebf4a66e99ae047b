export { type CalendarYear, WorkCalendar } from "./work-calendar.ts";
