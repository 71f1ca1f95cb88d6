create view order_totals as
select user_id, sum(total) as total
from orders
group by user_id;
