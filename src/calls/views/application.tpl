{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/applications">{{_:x-t=Your applications}}</a> › <a href="/calls/{{CALL_SLUG:u}}" lang="{{CALL_TITLE_LANG}}">{{CALL_TITLE}}</a></p>
<h1>{{_:x-t=Application of}} {{ORGANISATION}}</h1>
<dl class="summary">
  <dt>{{_:x-t=Status}}</dt><dd><strong>{{STATUS}}</strong>{{#SUBMITTED_AT}} · <time>{{SUBMITTED_AT_TEXT}}</time>{{/SUBMITTED_AT}}</dd>
  <dt>{{_:x-t=Deadline}}</dt><dd><time>{{DEADLINE}}</time>{{#OPEN}} · {{TIME_LEFT}}{{/OPEN}}</dd>
  <dt>{{_:x-t=History}}</dt><dd><a href="/applications/{{ID:u}}/history">{{_:x-t=Who changed what}}</a> ({{_:x-t=version}} {{VERSION}})</dd>
</dl>
{{#DECISION}}<section class="notice decision" aria-labelledby="decision-heading"><h2 id="decision-heading">{{_:x-t=Decision}}: {{STATUS}}</h2>
<div class="prose" lang="{{MESSAGE_LANG}}">{{MESSAGE_HTML:none}}</div></section>{{/DECISION}}
{{#CLOSED}}<p class="notice">{{_:x-t=The deadline has passed, so the application can no longer be changed.}}</p>{{/CLOSED}}
{{>FORM_ERRORS}}
<form method="post" action="/applications/{{ID:u}}" novalidate{{#EDITABLE}} data-autosave{{/EDITABLE}}>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="version" value="{{VERSION}}" data-version>
  {{#QUESTION}}<div class="field">
    <label for="q_{{CODE}}" lang="{{LABEL_LANG}}">{{LABEL}}{{#REQUIRED}} <span class="required">({{_:x-t=required}})</span>{{/REQUIRED}}</label>
    {{#HAS_HELP}}<p class="hint" id="q_{{CODE}}-hint" lang="{{HELP_LANG}}">{{HELP}}</p>{{/HAS_HELP}}
    {{#TEXT}}<textarea id="q_{{CODE}}" name="q_{{CODE}}" rows="8"{{#READ_ONLY}} readonly{{/READ_ONLY}}{{#INVALID}} aria-invalid="true"{{/INVALID}}{{#HAS_LIMIT}} data-word-limit="{{LIMIT}}"{{/HAS_LIMIT}}>{{VALUE}}</textarea>
    {{#HAS_LIMIT}}<p class="hint">{{LIMIT_TEXT}}</p>{{/HAS_LIMIT}}{{/TEXT}}
    {{#NUMBER}}<input id="q_{{CODE}}" name="q_{{CODE}}" type="text" inputmode="decimal" maxlength="30" value="{{VALUE}}"{{#READ_ONLY}} readonly{{/READ_ONLY}}{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/NUMBER}}
    {{#CHOICE}}<select id="q_{{CODE}}" name="q_{{CODE}}"{{#READ_ONLY}} disabled{{/READ_ONLY}}{{#INVALID}} aria-invalid="true"{{/INVALID}}><option value="">{{_:x-t=Choose}}</option>{{#OPTION}}<option value="{{OPTION_CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}</select>{{/CHOICE}}
    {{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}
  </div>{{/QUESTION}}
  {{#EDITABLE}}<p class="autosave-status" data-autosave-status role="status" aria-live="polite"></p>
  <button type="submit" class="button secondary">{{_:x-t=Save the draft}}</button>
  <button type="submit" class="button" formaction="/applications/{{ID:u}}/submit">{{_:x-t=Submit the application}}</button>{{/EDITABLE}}
</form>
{{#DOCUMENTS}}<section aria-labelledby="documents-heading" class="documents">
<h2 id="documents-heading">{{_:x-t=Documents}}</h2>
<p class="hint">{{_:x-t=PDF, Word (DOCX), Excel (XLSX), JPEG or PNG; at most 10 MB each and 50 MB in all.}}</p>
{{#FILE_QUESTION}}<div class="field" id="q_{{CODE}}">
  <h3 lang="{{LABEL_LANG}}">{{LABEL}}{{#REQUIRED}} <span class="required">({{_:x-t=required}})</span>{{/REQUIRED}}</h3>
  {{#HAS_HELP}}<p class="hint" lang="{{HELP_LANG}}">{{HELP}}</p>{{/HAS_HELP}}
  {{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}
  <ul class="plain">{{#FILE}}<li><a href="/applications/{{ID:u}}/files/{{FILE_ID:u}}">{{NAME}}</a> <span class="meta">{{SIZE}}</span>
  {{#REMOVABLE}}<form method="post" action="/applications/{{ID:u}}/files/{{FILE_ID:u}}/delete" class="inline" data-confirm="{{_:x-t=Remove this file?}}"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link">{{_:x-t=Remove}}</button></form>{{/REMOVABLE}}</li>{{/FILE}}
  {{#NO_FILE}}<li class="meta">{{_:x-t=No file yet.}}</li>{{/NO_FILE}}</ul>
  {{#UPLOAD}}<form method="post" action="/applications/{{ID:u}}/files" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="question" value="{{CODE}}">
    <label for="file_{{CODE}}">{{_:x-t=Add a file}}</label>
    <input id="file_{{CODE}}" name="file" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
    <button type="submit" class="button secondary">{{_:x-t=Upload}}</button>
  </form>{{/UPLOAD}}
</div>{{/FILE_QUESTION}}
</section>{{/DOCUMENTS}}
{{#CAN_WITHDRAW}}<form method="post" action="/applications/{{ID:u}}/withdraw" data-confirm="{{_:x-t=Withdraw this application? You can reopen it before the deadline.}}">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button danger">{{_:x-t=Withdraw}}</button></form>{{/CAN_WITHDRAW}}
{{#CAN_REOPEN}}<form method="post" action="/applications/{{ID:u}}/reopen">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Reopen to make changes}}</button></form>{{/CAN_REOPEN}}
