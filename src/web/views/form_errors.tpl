{{%AUTOESCAPE context="HTML"}}{{#ERRORS}}<div class="form-errors" role="alert" tabindex="-1" id="form-errors">
<h2>{{_:x-t=Please correct the following}}</h2>
<ul>{{#ERROR}}<li>{{#HAS_FIELD}}<a href="#{{FIELD}}">{{MESSAGE}}</a>{{/HAS_FIELD}}{{#NO_FIELD}}{{MESSAGE}}{{/NO_FIELD}}</li>{{/ERROR}}</ul>
</div>{{/ERRORS}}
