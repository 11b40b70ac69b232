{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="kind">{{_:x-t=Kind}}</label>
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/KIND_OPTION}}</select></div>
  {{#LANGUAGE}}<fieldset lang="{{CODE}}">
    <legend>{{NAME}}</legend>
    {{#LANGUAGE_INVALID}}<p class="field-error">{{LANGUAGE_ERROR}}</p>{{/LANGUAGE_INVALID}}
    <div class="field"><label for="title_{{CODE}}">{{_:x-t=Title}} ({{NAME}})</label>
      <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" maxlength="200" value="{{TITLE}}"></div>
    <div class="field"><label for="description_{{CODE}}">{{_:x-t=Description}} ({{NAME}})</label>
      <textarea id="description_{{CODE}}" name="description_{{CODE}}" rows="8">{{DESCRIPTION}}</textarea></div>
  </fieldset>{{/LANGUAGE}}
  <div class="field"><label for="starts_at">{{_:x-t=Starts}}</label>
    <input id="starts_at" name="starts_at" type="datetime-local" value="{{FIELD_starts_at}}"{{#INVALID_starts_at}} aria-invalid="true"{{/INVALID_starts_at}}>
    {{#INVALID_starts_at}}<p class="field-error">{{ERROR_starts_at}}</p>{{/INVALID_starts_at}}</div>
  <div class="field"><label for="ends_at">{{_:x-t=Ends}}</label>
    <input id="ends_at" name="ends_at" type="datetime-local" value="{{FIELD_ends_at}}"{{#INVALID_ends_at}} aria-invalid="true"{{/INVALID_ends_at}}>
    {{#INVALID_ends_at}}<p class="field-error">{{ERROR_ends_at}}</p>{{/INVALID_ends_at}}</div>
  <div class="field"><label for="time_zone">{{_:x-t=Time zone of the event}}</label>
    <select id="time_zone" name="time_zone">{{#ZONE_OPTION}}<option value="{{NAME}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ZONE_OPTION}}</select>
    {{#INVALID_time_zone}}<p class="field-error">{{ERROR_time_zone}}</p>{{/INVALID_time_zone}}</div>
  <div class="field"><label for="place">{{_:x-t=Place}}</label>
    <input id="place" name="place" type="text" maxlength="300" value="{{FIELD_place}}"{{#INVALID_place}} aria-invalid="true"{{/INVALID_place}}>
    {{#INVALID_place}}<p class="field-error">{{ERROR_place}}</p>{{/INVALID_place}}</div>
  <div class="field"><label for="online_url">{{_:x-t=Online link}}</label>
    <input id="online_url" name="online_url" type="url" maxlength="500" value="{{FIELD_online_url}}"{{#INVALID_online_url}} aria-invalid="true"{{/INVALID_online_url}}>
    {{#INVALID_online_url}}<p class="field-error">{{ERROR_online_url}}</p>{{/INVALID_online_url}}</div>
  <div class="field"><label for="capacity">{{_:x-t=Places}}</label>
    <input id="capacity" name="capacity" type="number" min="1" max="10000" value="{{FIELD_capacity}}"{{#INVALID_capacity}} aria-invalid="true"{{/INVALID_capacity}}>
    {{#INVALID_capacity}}<p class="field-error">{{ERROR_capacity}}</p>{{/INVALID_capacity}}</div>
  {{#HELD_FOR}}<div class="field"><label for="partnership">{{_:x-t=Partnership the mission is held for}}</label>
    <p class="hint" id="partnership-hint">{{_:x-t=Study tours and technical missions only. The time of the partnership's Canadian municipal attendees becomes its in-kind contributions.}}</p>
    <select id="partnership" name="partnership" aria-describedby="partnership-hint"{{#INVALID_partnership}} aria-invalid="true"{{/INVALID_partnership}}>
      <option value="">{{_:x-t=None}}</option>
      {{#PARTNERSHIP_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARTNERSHIP_OPTION}}
    </select>
    {{#INVALID_partnership}}<p class="field-error">{{ERROR_partnership}}</p>{{/INVALID_partnership}}</div>{{/HELD_FOR}}
  <div class="field checkbox"><input id="published" name="published" type="checkbox" value="yes"{{#PUBLISHED_CHECKED}} checked{{/PUBLISHED_CHECKED}}>
    <label for="published">{{_:x-t=Published on the site}}</label></div>
  <button type="submit" class="button">{{_:x-t=Save the event}}</button>
</form>
{{#EXISTING}}<form method="post" action="/manage/events/{{EVENT_ID:u}}/cancel"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button secondary">{{_:x-t=Cancel the event and tell everyone registered}}</button></form>{{/EXISTING}}
