import { useStore } from '../useStore';
import { $activeAssessment } from '../../stores/workspace';
import { useAssessmentSave } from '../workspace/useAssessmentSave';
import { RadioGroup } from '../form/Fieldset';
import { AssessmentBar } from '../workspace/AssessmentBar';

import { TextField, type DraftPlace } from '../form/TextField';
import {
  ALTERNATIVES,
  CHOICE_OPTIONS,
  DILEMMAS,
  THEMES,
  ethicsProgress,
  setThemeNote,
  themeNotes,
  type Alternative,
} from '../../lib/ethics';
import type { Assessment, EthicsSection } from '../../lib/model/schema';
import { Panel, ToolMessages } from '../form/Panel';
import { TOOL_TEXTS } from '../tool-texts';

/**
 * Ethics reflection over the choice "være til stede" / "ikke være til stede",
 * theme by theme of the navigation wheel, with a recorded conclusion. Saved in
 * the active assessment's `ethics` section.
 */
export function EthicsReflection() {
  const active = useStore($activeAssessment);
  const { save: saveAssessment, error, status } = useAssessmentSave(active);

  const save = (recipe: (e: EthicsSection) => EthicsSection, message = ''): boolean =>
    saveAssessment((a: Assessment) => ({ ...a, ethics: recipe(a.ethics) }), message);

  if (!active) {
    return (
      <div class="ethics">
        <AssessmentBar />
        <p class="tool-panel">{TOOL_TEXTS.etikk.empty}</p>
      </div>
    );
  }
  const draft = (field: string): DraftPlace => ({ form: 'etikk', id: active.id, field, what: 'etikkrefleksjonen' });

  const progress = ethicsProgress(active.ethics);
  const choice = active.ethics.choice ?? 'uavklart';

  return (
    <div class="ethics">
      <AssessmentBar />
      <ToolMessages message={status} error={error} statusClass="sr-only" />

      <section class="tool-panel" aria-labelledby="ethics-aids-heading">
        <h2 id="ethics-aids-heading" class="tool-panel__title">
          Hjelp: fem typiske dilemmaer
        </h2>
        <p>
          Kvalnes (2020) beskriver fem typer dilemmaer som ofte oppstår på sosiale medier. Bruk dem til å finne ut hva som står på spill
          under hvert tema. Beskrivelsene og spørsmålene er våre egne.
        </p>
        <dl class="ethics__dilemmas">
          {DILEMMAS.map((d) => (
            <div key={d.id}>
              <dt>{d.name}</dt>
              <dd>
                {d.about} {d.question}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section class="tool-panel" aria-labelledby="ethics-themes-heading">
        <h2 id="ethics-themes-heading" class="tool-panel__title">
          Seks temaer for «{active.title}»
        </h2>
        <p class="ethics__progress">
          {progress.complete} av {progress.total} temaer har notater for begge alternativene.
          {progress.concluded ? ' Konklusjonen er skrevet.' : ' Konklusjonen er ikke skrevet ennå.'}
        </p>
        <ol class="ethics__themes">
          {THEMES.map((theme) => {
            const notes = themeNotes(active.ethics, theme.id);
            return (
              <li key={theme.id} class="ethics__theme">
                <h3 id={`ethics-${theme.id}`}>{theme.name}</h3>
                <p class="ethics__about">{theme.about}</p>
                <p id={`ethics-${theme.id}-question`} class="ethics__question">
                  {theme.question}
                </p>
                <div class="ethics__columns">
                  {(Object.keys(ALTERNATIVES) as Alternative[]).map((alt) => (
                    <TextField
                      key={alt}
                      id={`ethics-${theme.id}-${alt}`}
                      label={`${theme.name}: ${ALTERNATIVES[alt].toLowerCase()}`}
                      multiline
                      maxLength={20000}
                      describedBy={`ethics-${theme.id}-question`}
                      value={notes[alt]}
                      draft={draft(`${theme.id}.${alt}`)}
                      onCommit={(text) => save((s) => setThemeNote(s, theme.id, alt, text))}
                    />
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <Panel id="ethics-conclusion-heading" title="Konklusjon">
        <RadioGroup
          class="ethics__choice"
          optionClass="tool-choice"
          name="ethics-choice"
          legend="Hva velger dere etter refleksjonen?"
          options={CHOICE_OPTIONS}
          value={choice ?? undefined}
          onChange={(value) =>
            save((s) => ({ ...s, choice: value }), `Valget «${CHOICE_OPTIONS.find((o) => o.value === value)?.label ?? value}» er lagret.`)
          }
        />
        <TextField
          id="ethics-conclusion"
          label="Begrunnelse for valget"
          multiline
          maxLength={20000}
          value={active.ethics.conclusion}
          describedBy="ethics-conclusion-help"
          draft={draft('conclusion')}
          onCommit={(conclusion) => save((s) => ({ ...s, conclusion }))}
        >
          <p id="ethics-conclusion-help" class="ethics__help">
            Skriv hvilke temaer som veide tyngst, og hvilke tiltak valget forutsetter. Begrunnelsen følger vurderingen til ledelsen.
          </p>
        </TextField>
      </Panel>
    </div>
  );
}
