{{%AUTOESCAPE context="HTML"}}<p class="meta"><a href="/calls">{{_:x-t=Calls for partnership}}</a></p>
<h1 lang="{{TITLE_LANG}}">{{TITLE}}</h1>
<dl class="summary">
  <dt>{{_:x-t=Status}}</dt><dd>{{PHASE}}</dd>
  <dt>{{_:x-t=Opens}}</dt><dd><time>{{OPENS}}</time></dd>
  <dt>{{_:x-t=Deadline}}</dt><dd><time>{{DEADLINE}}</time>{{#OPEN}} · <strong>{{TIME_LEFT}}</strong>{{/OPEN}}</dd>
  <dt>{{_:x-t=Countries}}</dt><dd>{{COUNTRIES}}</dd>
  <dt>{{_:x-t=Programming areas}}</dt><dd>{{AREAS}}</dd>
</dl>
{{#DESCRIPTION_FALLBACK}}<p class="fallback-note">{{FALLBACK_NOTE}}</p>{{/DESCRIPTION_FALLBACK}}
<div class="prose" lang="{{DESCRIPTION_LANG}}">{{DESCRIPTION_HTML:none}}</div>
<section aria-labelledby="rubric-heading">
<h2 id="rubric-heading">{{_:x-t=How applications are assessed}}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Rubric}}</caption>
<thead><tr><th scope="col">{{_:x-t=Criterion}}</th><th scope="col" class="num">{{_:x-t=Weight}}</th><th scope="col" class="num">{{_:x-t=Scale}}</th><th scope="col">{{_:x-t=Guidance}}</th></tr></thead>
<tbody>{{#CRITERION}}<tr><th scope="row" lang="{{NAME_LANG}}">{{NAME}}</th><td class="num">{{WEIGHT}} %</td><td class="num">0–{{SCALE}}</td><td lang="{{GUIDANCE_LANG}}">{{GUIDANCE}}</td></tr>{{/CRITERION}}</tbody>
</table></div>
</section>
{{#CAN_APPLY}}<form method="post" action="/calls/{{SLUG:u}}/apply" class="apply">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#CHOOSE_ORGANISATION}}<div class="field"><label for="organisation_id">{{_:x-t=Apply for}}</label>
  <select id="organisation_id" name="organisation_id">{{#ORGANISATION}}<option value="{{ID}}">{{NAME}}</option>{{/ORGANISATION}}</select></div>{{/CHOOSE_ORGANISATION}}
  {{#ONE_ORGANISATION}}<input type="hidden" name="organisation_id" value="{{ID}}">{{/ONE_ORGANISATION}}
  <button type="submit" class="button">{{_:x-t=Start or continue the application}}</button>
</form>{{/CAN_APPLY}}
{{#SIGN_IN_TO_APPLY}}<p><a class="button" href="/sign-in?next=/calls/{{SLUG:u}}">{{_:x-t=Sign in to apply}}</a> <a href="/sign-up">{{_:x-t=Create an account}}</a></p>{{/SIGN_IN_TO_APPLY}}
{{#NOT_APPLICANT}}<p class="meta">{{_:x-t=To apply, ask the program office to link your account to your municipality.}}</p>{{/NOT_APPLICANT}}
