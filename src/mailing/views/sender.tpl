{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/manage/mailing">{{_:x-t=Distribution list}}</a></p>
<h1>{{_:x-t=Sender identity}}</h1>
<p>{{_:x-t=Every message of the list names its sender and gives a mailing address and a contact that work for at least 60 days. What you leave empty comes from the configuration file, then from the program's description.}}</p>
{{>FORM_ERRORS}}
<form method="post" action="/manage/mailing/sender" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#FIELD}}<div class="field"><label for="{{NAME}}">{{LABEL}}</label>
    {{#LINE}}<input id="{{NAME}}" name="{{NAME}}" type="text" maxlength="500" value="{{VALUE}}"{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{/LINE}}{{#LINES}}<textarea id="{{NAME}}" name="{{NAME}}" rows="3"{{#INVALID}} aria-invalid="true"{{/INVALID}}>{{VALUE}}</textarea>{{/LINES}}
    <p class="hint">{{_:x-t=In use now}} — {{EFFECTIVE}}</p>
    {{#INVALID}}<p class="field-error">{{ERROR}}</p>{{/INVALID}}</div>{{/FIELD}}
  <button type="submit" class="button">{{_:x-t=Save}}</button>
</form>
