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
  /** The ids of the services it tests; the first is the one it is filed under. */
  services: string[];
  domain: DomainId;
  difficulty: "easy" | "medium" | "hard";
  /** The exam-guide items it tests ("1.1.k1"), from src/content/exam-guides. */
  skills: string[];
}

/** A service with the questions filed under it and those that test it but are filed elsewhere. */
export interface ServiceQuestions<S extends ServiceEntry> {
  service: S;
  questions: QuestionView[];
  alsoIn: QuestionView[];
}

/**
 * The questions by service, in the site's reading order: each service that any question tests, with
 * the questions filed under it (their first service) and links to the others that test it.
 */
export function groupQuestionsByService<S extends ServiceEntry>(
  questions: readonly QuestionView[],
  services: readonly S[],
): ServiceQuestions<S>[] {
  return orderServices([...services])
    .map((service) => ({
      service,
      questions: questions.filter((q) => q.services[0] === service.id),
      alsoIn: questions.filter((q) => q.services.indexOf(service.id) > 0),
    }))
    .filter((group) => group.questions.length + group.alsoIn.length > 0);
}

/** How many questions test a service. */
export const countQuestionsFor = (questions: readonly QuestionView[], serviceId: string) =>
  questions.filter((q) => q.services.includes(serviceId)).length;

/** The anchor of a service's questions on the practice page. */
export const serviceQuestionsAnchor = (serviceId: string) => `service-${serviceId}`;

/** The practice page filtered to a service's questions (with JavaScript), or scrolled to them (without). */
export const practicePathFor = (serviceId: string) =>
  `/practice/?service=${serviceId}#${serviceQuestionsAnchor(serviceId)}`;
