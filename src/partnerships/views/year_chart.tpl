{{%AUTOESCAPE context="HTML"}}<svg class="chart" viewBox="0 0 720 {{CHART_HEIGHT}}" role="img" aria-labelledby="{{CHART_ID}}-title">
  <title id="{{CHART_ID}}-title">{{CHART_TITLE}}</title>
  {{#YEAR_BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{YEAR}}</text><rect x="100" y="{{Y}}" width="{{WIDTH}}" height="18" class="bar"></rect><text x="{{WIDTH}}" dx="108" y="{{TEXT_Y}}" class="bar-value">{{AMOUNT}}</text>{{/YEAR_BAR}}
</svg>
