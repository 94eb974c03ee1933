import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'accounting/time-measurement',
  description: 'Flags measuring activity in labour time: logging or counting hours, timesheets, clocking in and out, attendance records.',
  severity: 'error',
  message: 'This measures activity in labour time',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'without being subject to any time measurements or any other kind of measurements (income, number of operatives, productive results)',
    ],
  },
  explanation:
    'Counting the hours people give turns their activity into a quantity of time that can be compared, ' +
    'owed and exchanged. That common measure is what makes activities commensurable as value; the essay ' +
    'describes activity that escapes value as free of any time measurement at all.',
  suggestion: 'Let people come when they can and say what they did, without recording how long it took.',
  patterns: [
    { match: '@record|keep|count|total|sum|add ..4 @labour-time', note: 'logging hours, minutes, time', confidence: 'high' },
    { match: '@labour-time ..2 worked|spent|contributed|volunteered|logged|tracked|recorded|put', confidence: 'high' },
    { match: 'timesheet|timecard|timeclock' },
    { match: 'time sheet|card|clock|log|record|tracking|tracker|entry' },
    { match: 'clock|sign|check in|out|on|off' },
    { match: 'attendance record|register|sheet|list|log|book|roll|tracking|check' },
    { match: 'record|track|take|mark|log|keep ..2 attendance' },
    { match: 'hour|minute per|a|each @period|@product|@recipient', note: 'hours per shift, minutes per delivery' },
    { match: 'hourly rate|wage|pay|credit', confidence: 'high' },
    { match: '@num hour|minute|hrs|hr a|per|each week|day|month|shift', note: 'a fixed quantity of labour time' },
    { match: '@num ..2 hour|minute|hrs of? work|service|labour|labor|volunteering|duty', confidence: 'high' },
    { match: 'work|working|volunteer week|day|hour of? @num hour?' },
    { match: 'hours worked|contributed|volunteered|logged|owed|banked' },
    { match: 'per|each|an|one hour of? work|labour|labor|volunteering|service', confidence: 'high' },
    { match: 'shift length|minute', note: 'shift length' },
    { match: 'overtime' },
    { match: 'punch in|out|card|clock' },
  ],
  otherSenses: [
    'time card|sheet game|trick',
    'heart rate',
    'sign in|out with|to|using @any? account|password|google|github',
    'check in|out @num? book|library',
  ],
  examples: {
    invalid: [
      'Every volunteer logs their hours in the shared spreadsheet.',
      'Drivers will clock in at the depot and clock out when the van is back.',
      'We keep an attendance register for each work day.',
      'A shift is four hours per week for each member.',
      'Hours worked are totalled at the end of the month.',
      { text: 'Everyone fills in a timesheet on Fridays.', kind: 'txt' },
    ],
    valid: [
      'Nobody logs their hours; people come when they can.',
      'We will not keep timesheets.',
      'The oven takes about an hour to heat up.',
      'Sign in with your GitHub account to edit the wiki.',
      'Critics argue that we should log hours.',
      '> Members log their hours in the book.',
      'The old co-op used timesheets; we will not.',
      'Her heart rate went up on the stairs.',
      'Is it worth tracking how many hours the kitchen is open?',
    ],
  },
});
