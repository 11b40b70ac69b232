{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/reviews">{{_:x-t=Your reviews}}</a></p>
<h1>{{_:x-t=Review}}: {{ORGANISATION}}</h1>
<p><a href="/applications/{{ID:u}}">{{_:x-t=Read the application}}</a> · {{_:x-t=Reviews due}} <time>{{DUE}}</time></p>
{{#SUBMITTED}}<p class="notice">{{_:x-t=Your review is submitted. You may still change it until reviews are due.}}</p>{{/SUBMITTED}}
{{>FORM_ERRORS}}
<form method="post" action="/reviews/{{ID:u}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#CRITERION}}<fieldset id="criterion_{{N}}"><legend lang="{{NAME_LANG}}">{{N}}. {{NAME}} ({{_:x-t=weight}} {{WEIGHT}})</legend>
    <p class="hint" lang="{{GUIDANCE_LANG}}">{{GUIDANCE}}</p>
    <div class="field"><label for="score_{{N}}">{{_:x-t=Score}} (0–{{SCALE}})</label>
    <select id="score_{{N}}" name="score_{{N}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}><option value="">{{_:x-t=Not scored}}</option>{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/OPTION}}</select>
    {{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}</div>
    <div class="field"><label for="comment_{{N}}">{{_:x-t=Comment}}</label><textarea id="comment_{{N}}" name="comment_{{N}}" rows="3" maxlength="5000">{{COMMENT}}</textarea></div>
  </fieldset>{{/CRITERION}}
  <button type="submit" class="button secondary">{{_:x-t=Save the scores}}</button>
  <button type="submit" class="button" formaction="/reviews/{{ID:u}}/submit">{{_:x-t=Submit the review}}</button>
</form>
<form method="post" action="/reviews/{{ID:u}}/conflict" data-confirm="{{_:x-t=Declare a conflict of interest? The application will be taken away from you.}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button danger">{{_:x-t=Declare a conflict of interest}}</button>
</form>
{{#OTHERS}}<section aria-labelledby="others-heading"><h2 id="others-heading">{{_:x-t=Other reviewers}}</h2>
{{#OTHER}}<h3>{{REVIEWER}}</h3><ul class="plain">{{#SCORE}}<li>{{N}}. {{VALUE}}{{#HAS_COMMENT}} — {{COMMENT}}{{/HAS_COMMENT}}</li>{{/SCORE}}</ul>{{/OTHER}}
</section>{{/OTHERS}}
