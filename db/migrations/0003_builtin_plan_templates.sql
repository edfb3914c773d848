-- Built-in plan templates, available to every clinic (clinic_id NULL). Clinics can add their own rows.
INSERT INTO plan_templates (clinic_id, name, description, activities) VALUES
(NULL, 'Walking programme',
 'Daily walking built up from 70% of baseline by 2 minutes every 2 days, to 30 minutes.',
 '[{"name":"Walking","unit":"minutes","startFraction":0.7,"progression":{"kind":"fixed","step":2,"everyDays":2},"goal":30}]'),
(NULL, 'Sitting tolerance',
 'Sitting time for desk work, built up from 70% of baseline by 3 minutes every 3 days, to 60 minutes.',
 '[{"name":"Sitting","unit":"minutes","startFraction":0.7,"progression":{"kind":"fixed","step":3,"everyDays":3},"goal":60}]'),
(NULL, 'Home exercise set',
 'Three exercises, each raised by 10% every 2 days from 80% of baseline (operant quota style).',
 '[{"name":"Bridging","unit":"repetitions","startFraction":0.8,"progression":{"kind":"percent","percent":10,"everyDays":2},"goal":20},{"name":"Sit to stand","unit":"repetitions","startFraction":0.8,"progression":{"kind":"percent","percent":10,"everyDays":2},"goal":15},{"name":"Cat-camel","unit":"repetitions","startFraction":0.8,"progression":{"kind":"percent","percent":10,"everyDays":2},"goal":15}]'),
(NULL, 'Return to work in 8 weeks',
 'Walking, sitting and lifting practice, each rising in a straight line to its goal in 8 weeks (Steenstra/Lambeek style).',
 '[{"name":"Walking","unit":"minutes","startFraction":0.7,"progression":{"kind":"goal_date","weeks":8},"goal":40},{"name":"Sitting","unit":"minutes","startFraction":0.7,"progression":{"kind":"goal_date","weeks":8},"goal":90},{"name":"Lifting practice","unit":"repetitions","startFraction":0.7,"progression":{"kind":"goal_date","weeks":8},"goal":30}]');
