import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'standardization/curriculum',
  description: 'Flags designed curricula, training programmes and required courses, certification and credentials, and building schools.',
  severity: 'error',
  message: 'This standardises learning as a designed curriculum, course or credential',
  citation: {
    work: WORK,
    section: '§3.1',
    title: 'The Subtleties of the Counterrevolution',
    passages: ['(no building schools, no training teachers, no designing curricula)'],
  },
  explanation:
    'A curriculum, a training programme or a certificate fixes in advance what everyone in a role must ' +
    'learn and proves it by a standard test, the same for whoever fills the role. The essay expects the ' +
    'needs of learning to be met locally, by those involved, without building schools, training teachers ' +
    'or designing curricula: these are the institutions that standardise people for a function.',
  suggestion: 'Learn the work alongside people who already do it, and share what you know as questions come up.',
  patterns: [
    { match: 'curriculum|curricula|syllabus|syllabi', confidence: 'high' },
    { match: 'lesson plan|plans' },
    { match: 'training programme|program|course|scheme|module|requirement|requirements|certificate|curriculum|plan|track|pathway|material|manual|level|record|hours|day|days', confidence: 'high' },
    { match: 'skill|skills|safety|hygiene|mandatory|compulsory|required|formal|professional|vocational|teacher|trainer|staff|volunteer|leadership|facilitation|facilitator|escalation|food|aid|fire|refresher training' },
    { match: 'complete|undergo|attend|receive|pass|finish|take|provide|offer|run|deliver|give|require|need|get ..3 training', note: 'complete the training' },
    { match: 'train|training @standardization-trainee', note: 'train new volunteers' },
    { match: '=trained|=certified|=licensed|=accredited|=qualified @standardization-trainee' },
    { match: 'be|get|become ..1 trained|certified|accredited|credentialed|credentialled' },
    { match: 'certificate of completion|attendance|achievement|competence|competency|training' },
    { match: 'certification|certificate|accreditation course|programme|program|exam|examination|test|training|requirement|requirements|level|scheme|process' },
    { match: 'training|course|completion|attendance|achievement|competence|competency|skill|skills|worker|handler|safety|hygiene|teaching|professional|food ..2 certificate|certification|accreditation|licence|license|qualification|credential|credentials', confidence: 'high' },
    { match: 'obtain|earn|hold|receive|require|need|gain|get|award|issue ..3 certification|diploma|accreditation|qualification|qualifications', note: 'obtain a certificate' },
    { match: 'training|safety|hygiene|induction|online|required|mandatory|compulsory|certification|certified|accredited|residential|formal|sanitation|refresher ..1 course|courses|module|modules' },
    { match: '@num year|week|day|month|hour|session course|courses|module|modules|programme|program|training', note: 'a two-year course' },
    { match: 'complete|undergo|attend|enrol|enroll|pass|finish|sit ..4 course|courses|exam|examination|quiz' },
    { match: 'build|found|open|establish|start|create|run a|an|the|new|our? @any? school|schools|academy|college|institute' },
    { match: 'set up a|an|the|new|our? @any? school|schools|academy|college|institute' },
    { match: 'training academy|school|college|centre|center|institute' },
    { match: 'valid|current|full driving|driver|drivers licence|license', in: 'prose' },
    { match: 'design|develop|write|draft|create ..3 curriculum|curricula|syllabus|course|courses|lesson', confidence: 'high' },
    { match: 'licensing procedure|procedures|requirement|requirements|exam' },
    { match: 'apprenticeship|apprenticeships' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'curriculum|curricula|syllabus|certification|accreditation|diploma|credential|credentials', in: 'code', confidence: 'high' },
    { match: 'training programme|program|course|module|requirement|plan', in: 'code', confidence: 'high' },
    { match: 'required|mandatory course|training|module|certificate', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    '=of course',
    'course of action|events|time|history|the',
    'main|first|second|golf|water course',
    'curriculum vitae',
    'ssl|tls|x509|root|signing|code|security|signed|https|client|server certificate|certificates',
    'certificate authority|chain|file|pinning|revocation|error|errors|warning|validation',
    'model training|data|run|set|loss',
    'training data|set|loss|run|step|example|job',
    'toilet|potty|strength|weight|interval|marathon training',
    'open source|=mit|=apache|software licence|license',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'ssl|tls|x509|https|root|ca|client|server|self|signed|aws|gcp|git|npm|registry|db|database|user credential|credentials|certificate|certification',
    'credential* provider|store|file|helper|path',
  ],
  examples: {
    invalid: [
      'All drivers must complete a two-day safety course before their first run.',
      'We will design a curriculum for new facilitators.',
      'Kitchen volunteers need a food hygiene certificate.',
      '## Training programme for new members',
      'Only certified electricians may work on the wiring.',
      'The network will open a school for organisers next spring.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const kitchen = { requiredTraining: \'food-hygiene\', certification: \'level-2\' };', kind: 'ts' },
      { text: 'export const onboarding = { curriculum: [\'knives\', \'ovens\'] };', kind: 'ts' },
    ],
    valid: [
      'No one will be trained or certified; people learn by doing it together.',
      'Of course, anyone can help in the kitchen.',
      'Renew the TLS certificate before it expires.',
      'The model training run takes two hours on the server.',
      'Critics argue that we should design a curriculum.',
      'In the course of the evening we cooked for forty people.',
      'Why would a garden need a syllabus?',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const tls = { certificatePath: "/etc/ssl/cert.pem" };', kind: 'ts' },
      { text: 'export const git = { credentialHelper: "store" };', kind: 'ts' },
    ],
  },
});
