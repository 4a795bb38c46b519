import type { DomainId } from "./exams";
import { orderServices, type ServiceEntry } from "./services";

/** A practice question as the pages show it: its options' links named after the sections they lead to. */
export interface QuestionView {
  /** The question's file name, without .yaml. */
  id: string;
  stem: string;
  /** How many options are correct. */
  answers: number;
  options: {
    text: string;
    correct: boolean;
    why: string;
    /** A site path with a section, without the base path. */
    link: string;
    /** What the section is called ("SQS: Common traps"). */
    label: string;
  }[];
  /** The one service it is about, the one it is filed and counted under. */
  service: string;
  domain: DomainId;
  difficulty: "easy" | "medium" | "hard";
  /** The exam-guide items it tests ("1.1.k1"), from src/content/exam-guides. */
  skills: string[];
}

/** A service with the questions filed under it. */
export interface ServiceQuestions<S extends ServiceEntry> {
  service: S;
  questions: QuestionView[];
}

/** The questions by service, in the site's reading order: each service that questions are about. */
export function groupQuestionsByService<S extends ServiceEntry>(
  questions: readonly QuestionView[],
  services: readonly S[],
): ServiceQuestions<S>[] {
  return orderServices([...services])
    .map((service) => ({ service, questions: questions.filter((q) => q.service === service.id) }))
    .filter((group) => group.questions.length > 0);
}

/** How many questions are about a service. */
export const countQuestionsFor = (questions: readonly QuestionView[], serviceId: string) =>
  questions.filter((q) => q.service === serviceId).length;

/** A service's questions to read, each with its answer and explanations (a page that needs no JavaScript). */
export const practicePathFor = (serviceId: string) => `/practice/${serviceId}/`;

/** Practice, one question at a time, filtered to a service's questions. */
export const practiceSessionPathFor = (serviceId: string) => `/practice/?service=${serviceId}`;

/** Practice filtered to the questions that test an exam-guide item. */
export const practiceSkillPath = (skill: string) => `/practice/?skill=${skill}`;
