// The comment form (the main one, and the reply form under a comment): one field template for the name, the email
// and the text, so labels, the required mark, descriptions and errors are written once.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { countCharacters, type Comment } from '../../../core/comments/index.js';
import { fieldMessage, sendFailure, type CommentsText } from '../send-failure.js';
import type { Composer, FormField } from './composer.js';
import type { FormLimits } from './server-rules.js';

/** What the forms do; `parentId` names the form (null: the main one). */
export interface FormHandlers {
  submit(event: SubmitEvent, parentId: string | null): void;
  author(event: Event, parentId: string | null): void;
  email(event: Event, parentId: string | null): void;
  website(event: Event): void;
  bodyBeforeInput(event: InputEvent): void;
  bodyPaste(event: ClipboardEvent): void;
  body(event: Event, parentId: string | null): void;
  retry(parentId: string | null): void;
  cancel(): void;
}

export interface FormView {
  composer: Composer;
  /** The comment a reply form answers; undefined for the main form. */
  parent?: Comment;
  /** The fields both forms share. */
  author: string;
  email: string;
  website: string;
  limits: FormLimits;
  /** False in the server's HTML (bantin/ssr): the fields and the button are disabled, and the form says why. */
  interactive: boolean;
  t: CommentsText;
  retryText: string;
  on: FormHandlers;
}

/** "Bạn còn n/max ký tự". */
export function counterText(t: CommentsText, body: string, maxLength: number): string {
  return t.remaining(Math.max(0, maxLength - countCharacters(body)), maxLength);
}

/** What a field's control carries: its id, and how it is invalid and described. */
interface FieldAria {
  id: string;
  invalid: 'true' | 'false';
  describedBy: string | typeof nothing;
}

interface FieldSpec {
  /** The form's id prefix: main or reply. */
  form: string;
  name: FormField;
  label: string;
  required?: boolean;
  /** The error message under the field, if any. */
  error?: string;
  /** Lines under the control that describe it (the email hint, the counter), before the error. */
  notes?: readonly { id: string; part?: string; className: string; text: string }[];
  control: (aria: FieldAria) => TemplateResult;
}

function fieldTemplate({ form, name, label, required = false, error, notes = [], control }: FieldSpec): TemplateResult {
  const id = `${form}-${name}`;
  const errorId = `${id}-error`;
  const describedBy = [...notes.map((note) => note.id), ...(error ? [errorId] : [])].join(' ');
  return html`<div class="field">
    <label part="label" for=${id}>${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
    ${control({ id, invalid: error ? 'true' : 'false', describedBy: describedBy || nothing })}
    ${notes.map((note) => html`<p part=${note.part ?? nothing} class=${note.className} id=${note.id}>${note.text}</p>`)}
    ${error ? html`<p part="field-error" class="field-error" id=${errorId}>${error}</p>` : nothing}
  </div>`;
}

export function formTemplate(view: FormView): TemplateResult {
  const { composer, parent, limits, t, on } = view;
  const disabled = !view.interactive;
  const { parentId } = composer;
  const form = parentId === null ? 'main' : 'reply';
  const error = (field: FormField): string | undefined => {
    const problem = composer.errors[field];
    return problem && fieldMessage(problem.code, t, limits, problem.params)?.message;
  };
  const failure = composer.failure && sendFailure(composer.failure.error, t, limits, composer.failure.params);
  return html`<form
    part="form"
    class="form"
    aria-label=${parent ? t.replyFormLabel(parent.author) : t.formLabel}
    novalidate
    @submit=${(event: SubmitEvent) => on.submit(event, parentId)}
    @keydown=${parent ? (event: KeyboardEvent) => event.key === 'Escape' && on.cancel() : nothing}
  >
    <div class="fields">
      ${fieldTemplate({
        form,
        name: 'author',
        label: t.name,
        required: true,
        error: error('author'),
        control: (aria) =>
          html`<input
            part="input"
            id=${aria.id}
            name="author"
            type="text"
            autocomplete="name"
            required
            ?disabled=${disabled}
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy}
            .value=${live(view.author)}
            @input=${(event: Event) => on.author(event, parentId)}
          />`,
      })}
      ${fieldTemplate({
        form,
        name: 'email',
        label: t.email,
        error: error('email'),
        notes: [{ id: `${form}-email-hint`, className: 'hint', text: t.emailHint }],
        control: (aria) =>
          html`<input
            part="input"
            id=${aria.id}
            name="email"
            type="email"
            autocomplete="email"
            ?disabled=${disabled}
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy}
            .value=${live(view.email)}
            @input=${(event: Event) => on.email(event, parentId)}
          />`,
      })}
    </div>
    <div class="honeypot" aria-hidden="true">
      <label for="${form}-website">${t.honeypot}</label>
      <input id="${form}-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(view.website)} @input=${on.website} />
    </div>
    ${fieldTemplate({
      form,
      name: 'body',
      label: t.body,
      required: true,
      error: error('body'),
      // Without JavaScript the counter's line says why nothing can be posted (the same line: nothing moves when it goes).
      notes: [
        {
          id: `${form}-counter`,
          part: 'counter',
          className: 'counter',
          text: disabled ? t.needsScript : counterText(t, composer.body, limits.maxLength),
        },
      ],
      control: (aria) =>
        html`<textarea
          part="textarea"
          id=${aria.id}
          name="body"
          rows=${parent ? 3 : 4}
          required
          ?disabled=${disabled}
          ?readonly=${composer.sending}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
          .value=${live(composer.body)}
          @beforeinput=${on.bodyBeforeInput}
          @paste=${on.bodyPaste}
          @input=${(event: Event) => on.body(event, parentId)}
        ></textarea>`,
    })}
    ${
      failure
        ? html`<p part="notice" class="notice" data-kind="error" role="alert">${failure.message}</p>`
        : composer.notice
          ? html`<p part="notice" class="notice" data-kind="success">${t[composer.notice]}</p>`
          : nothing
    }
    <div class="actions">
      <button
        part="submit"
        class="button submit"
        type="submit"
        ?disabled=${disabled}
        aria-disabled=${composer.sending ? 'true' : 'false'}
        ?data-sending=${composer.sending}
      >
        ${composer.sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : parent ? t.submitReply : t.submit}
      </button>
      ${
        failure?.retry && !composer.sending
          ? html`<button part="retry" class="button" type="button" @click=${() => on.retry(parentId)}>${view.retryText}</button>`
          : nothing
      }
      ${parent ? html`<button part="cancel" class="button quiet" type="button" @click=${() => on.cancel()}>${t.cancel}</button>` : nothing}
    </div>
  </form>`;
}
